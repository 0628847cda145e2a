# The messages of the operators' and technicians' commands (borne content, keys,
# update, stats, config, preview). Same list of ids as fr.ftl.

tools-errors-and-warnings = { $errors ->
    [0] no errors
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}

## Commands (cli-): borne content, update, stats, keys, config, and their errors.

cli-node-not-in-pack = screen “{ $node }” is not in this content: see the list of screens with `borne content list FOLDER`.
cli-node-or-path = give the screen with --node ID, or its path with --path ID/ID/…
cli-settings-failed = the settings in { $file } cannot be read: fix the file (`borne config example` shows a complete, commented one).
cli-settings-env-failed = the settings cannot be read: check the BORNE_* environment variables (`borne config example` describes them).
cli-default-pack-failed = the built-in content could not be prepared in { $dir }: check the free space and write permissions.
cli-pack-has-errors = { $dir } has { $errors ->
    [one] an error
   *[other] { $errors } errors
}: see them with `borne content check { $dir }`.
cli-pack-not-compiled = the content in { $dir } could not be compiled: check the free space, then run `borne content check { $dir }`.
cli-pack-unopened = { $file } does not open as a compiled content: make it again with `borne content build FOLDER -o FILE.sqlite`.
cli-write-failed = { $file } could not be written: check the folder and write permissions.

cli-build-unknown-extension = { $file }: the name must end in .borne (a bundle to sign and copy to a USB stick) or in .sqlite (the compiled content, as the kiosk opens it).
cli-bundle-progress = bundling
cli-bundle-progress-files = files
cli-bundle-done = bundled { $pack } { $version } ({ $files } files) into { $file }; sign it: borne content sign { $file } --key borne.key
cli-bundle-failed = { $file } was not written: { $reason }
cli-build-done = built { $pack } { $version } ({ $nodes } screens, { $languages } languages) into { $file }
cli-build-failed = { $file } was not written; check the folder, the free space and write permissions
cli-nothing-built = nothing was built: the content has { $errors ->
    [one] an error
   *[other] { $errors } errors
}; fix them (listed above, or `borne content check { $dir }`).
cli-sign-done = signature written: { $file }
cli-sign-failed = { $file } could not be signed with { $key }: check both paths and the key's password (BORNE_KEY_PASSWORD)
cli-rollback-done = rolled back from version { $from } to version { $to }
cli-rollback-none = nothing changed: no previous version is kept (there is one after each update installed)
cli-rollback-failed = nothing changed: { $reason } (a previous version is kept only after an update)
cli-list-has-errors = the content in { $dir } has errors: fix them to list it (`borne content check { $dir }`).
cli-import-failed = nothing was imported nor written: { $why }
cli-import-error-unreadable = { $file } cannot be read: { $why }
cli-import-error-syntax = { $file } cannot be imported: { $why }
cli-import-error-no-services = the folder { $dir } holds no services file (services*.json or services*.csv): give the data·inclusion export's folder, or its services file
cli-import-error-several-services = the folder { $dir } holds several services files: name the one to import, with --structures for its structures
cli-import-error-no-structures = the folder { $dir } holds no structures file (structures*.json or structures*.csv): without it services have no website nor Acceslibre page; give one with --structures
cli-import-error-too-many-rows = the export has more than { $max } services: it is not a data·inclusion export
cli-import-error-too-many-selected = more than { $max } services are selected: choose fewer with --commune or --thematique
cli-import-error-services-file = { $file } is not a services.toml the import can edit: { $why }
cli-import-error-layout = services.toml writes its services as something other than [[service]] tables: write them so to import
cli-import-error-write = cannot write { $file }: { $why }
cli-import-read = read { $rows } services, { $selected } selected
cli-import-added = added
cli-import-updated = updated
cli-import-removed = removed (no longer in the export)
cli-import-unchanged = unchanged { $count }
cli-import-conflict = conflict: { $id } ({ $source }) was edited by hand and the export changes { $fields }: kept as edited; merge the change by hand, or delete the entry to take the export's
cli-import-kept = kept: { $id }: { $why }
cli-import-skipped = skipped: { $row }
cli-import-note = note: { $row }
cli-import-outside = { $count } imported entries are outside this selection and were left as they are
cli-import-unmapped = { $count } entries are shown by no result: map their thématiques in pack.toml's [import.thematiques]
cli-import-summary = { $added } added, { $updated } updated, { $conflicts } in conflict, { $removed } removed, { $skipped } rows skipped
cli-import-row = { $file }, row { $row }: { $why }
cli-import-row-id = { $file }, row { $row } (id { $id }): { $why }
cli-import-done = wrote { $file }; check the content: borne content check { $dir }
cli-import-not-json = it is not a JSON array of objects ({ $detail })
cli-import-not-csv = it is not CSV text ({ $detail })
cli-import-not-utf8 = its { $column } is not UTF-8 text
cli-import-offers-not-pack = { $dir } is not a pack folder (it has no pack.toml): give --out the pack's folder
cli-import-offers-not-file = { $file } is not a file: give the landlord's CSV or JSON export
cli-import-offers-too-big = { $file } is larger than { $max } MiB: an offers export is much smaller; is it the right file?
cli-import-offers-missing-columns = the header lacks the column(s) { $columns } (required: { $required }); see docs/offers.md
cli-import-offers-bad-row = { $why }
cli-import-offers-duplicate = the same reference is already imported from { $at }: only the first is kept
cli-import-offers-too-long = the value of { $column } is too long
cli-import-offers-not-value = { $column } is neither a text nor a number
cli-import-offers-missing = { $column } is missing
cli-import-offers-rooms = the type "{ $value }" is not valid: T1 to T{ $max }, F1 to F{ $max }, a number of rooms or "studio"
cli-import-offers-surface = the surface "{ $value }" is not a number of m²
cli-import-offers-floor = the floor "{ $value }" is not valid: a number from -3 to 80, or RDC
cli-import-offers-yes-no = { $column } "{ $value }" is neither yes nor no
cli-import-offers-date = the date { $column } "{ $value }" is not valid: YYYY-MM-DD or DD/MM/YYYY
cli-import-offers-file-comment = Offers of the landlord { $landlord }, imported from { $file } on { $date } by `borne content import offers`.
    A new import replaces this file: correct the landlord's export instead.
cli-import-offers-line = line { $line }
cli-import-offers-item = item { $item }
cli-import-offers-skipped = skipped, { $at }: { $why }
cli-import-offers-skipped-ref = skipped, { $at } (reference { $reference }): { $why }
cli-import-offers-photo-issue = photo "{ $photo }", { $at } (reference { $reference }): { $why }; the offer is kept without it
cli-import-offers-photo-name = "{ $name }" is not a file name: a name alone, without a folder
cli-import-offers-photo-missing = not found beside the export nor in its photos/ folder
cli-import-offers-photo-write = it cannot be written: { $why }
cli-import-offers-photo-too-big = the file is larger than { $max } MiB
cli-import-offers-photo-small = it is { $width }×{ $height } pixels once shrunk: at least { $min } pixels a side
cli-import-offers-photo-lost = it could not be converted
cli-import-offers-unknown-columns = columns not read: { $columns } (the columns read are in docs/offers.md)
cli-import-offers-beyond-max = { $count } rows after the { $max } offers a landlord may have were not read
cli-import-offers-summary = { $rows } rows read: { $imported } offers imported, { $skipped } skipped, { $expired } already ended dropped
cli-import-offers-photos = photos: { $written } written, { $resized } of them shrunk; { $problems } missing or unreadable; { $removed } old ones removed
cli-import-offers-unknown-landlord = warning: services.toml has no service "{ $landlord }": add it (its reception says how to apply), or `borne content check` will refuse the offers file
cli-import-offers-nothing = no offer of { $file } could be imported: nothing is written, the offers imported before stay
cli-extract-failed = cannot write into { $dir }: choose a folder you can write to
cli-extract-done = the built-in content's source is in { $dir }

cli-coverage-has-errors = { $dir } has errors; coverage is computed on what could be read (see `borne content check { $dir }`)
cli-coverage-col-language = language
cli-coverage-col-name = name
cli-coverage-col-ui = UI %
cli-coverage-col-content = content %
cli-coverage-col-voice = voice
cli-coverage-col-audio = audio
cli-coverage-col-status = status
cli-coverage-col-missing = missing
cli-coverage-missing = { $count }: { $keys }
cli-coverage-missing-more = { $count }: { $keys } and { $more } more
cli-coverage-under = { $count ->
    [one] a language the pack offers is
   *[other] { $count } languages the pack offers are
} under { $min }%; complete the translations (the missing keys: --markdown FILE or --csv FILE):
cli-coverage-under-language = { $code } ({ $name }): UI { $ui }%, content { $content }% (threshold { $min }%), { $missing ->
    [0] no missing key
    [one] one missing key
   *[other] { $missing } missing keys
}
cli-coverage-marker-ok = ok
cli-coverage-marker-incomplete = incomplete
cli-coverage-marker-under = UNDER THRESHOLD
cli-coverage-md-title = Translation coverage
cli-coverage-md-col-state = State
cli-coverage-md-col-ui = UI
cli-coverage-md-col-content = Content
cli-coverage-md-col-missing = Missing keys
cli-coverage-md-col-language = Language
cli-coverage-md-col-status = Status
cli-coverage-percent = { $value }%
cli-coverage-md-none-under = Every language offered reaches { $min }%.
cli-coverage-md-under = Languages under { $min }%:
cli-coverage-md-missing-summary = { $code } ({ $name }): { $count ->
    [one] one missing key
   *[other] { $count } missing keys
}

cli-pubkey-unreadable = the public key { $file } cannot be read: check the path (it is the borne.pub file)
cli-update-no-content = no content opens in { $dir }: check the data folder (--data-dir)
cli-report-write-failed = the report could not be written in { $dir }: check the folder and write permissions
cli-update-step-verify = verifying
cli-update-step-unpack = unpacking
cli-update-step-check = checking
cli-update-step-compile = compiling
cli-update-step-switch = installing

cli-stats-open-failed = the statistics in { $file } do not open: check the data folder (--data-dir)
cli-stats-export-failed = the statistics could not be written in { $dir }: choose a folder you can write to
cli-stats-exported = { $sessions } visits, { $rows } rows: { $files } in { $dir }
cli-stats-merge-failed = nothing was merged into { $dir }; give folders written by `borne stats export` or by a kiosk on a stick
cli-stats-used = used: { $dir } ({ $kiosk }, exported { $date })
cli-stats-skipped = skipped: { $dir }: { $reason }
cli-stats-warning = warning: { $warning }
cli-stats-merged = { $sessions } visits, { $rows } rows into { $dir }
cli-stats-skip-same-folder = same folder as { $dir }
cli-stats-skip-not-an-export = not a statistics export (no borne manifest.json)
cli-stats-skip-too-new = written by a newer borne (format { $format }): update borne on this computer
cli-stats-skip-damaged = damaged: { $detail }
cli-stats-skip-unreadable = unreadable: { $detail }
cli-stats-skip-superseded = a later export of this kiosk is in { $dir }
cli-stats-skip-same-export = the same export is already taken from { $dir }
cli-stats-skip-renamed = this kiosk was renamed “{ $name }”, whose later export includes these visits
cli-stats-skip-too-large = too large: { $detail }
cli-stats-skip-too-many-folders = one merge reads at most { $max } folders; the others are left out

cli-keys-generate-failed = the keys could not be made in { $dir } (is a borne.key already there? it is never overwritten)
cli-keys-public = public key: { $file } (put this line in [usb] trusted_keys):
cli-keys-secret = secret key: { $file } (keep it safe, never on a kiosk)
cli-keys-authorize-failed = the USB stick { $stick } could not be authorized with { $key }: check both paths and the password (BORNE_KEY_PASSWORD)
cli-keys-authorized = { $file } written and signed: kiosks that trust this key will copy their statistics onto this USB stick

cli-config-unknown-setting = unknown setting: { $key } (`borne config show` shows them all)
cli-pin-which-file = say which settings file gets the PIN: borne config set-pin --config FILE
cli-pin-no-file = { $file } does not exist: write the example there first (borne config example > { $file })
cli-pin-invalid = the PIN must be 4 to 12 digits (0 to 9), nothing else: nothing was written
cli-pin-hash-failed = the PIN could not be hashed: nothing was written
cli-pin-write-failed = { $file } could not be changed: check write permissions; nothing was written
cli-pin-set = The PIN is set in { $file }: the maintenance screen asks for it once the kiosk restarts.
cli-pin-prompt = New PIN (4 to 12 digits):{" "}
cli-pin-prompt-again = The same PIN again:{" "}
cli-pin-unreadable = cannot read the PIN
cli-pin-differ = the two PINs differ: nothing was written
cli-pin-stdin-unreadable = cannot read the PIN from standard input
cli-pin-stdin-empty = no PIN on standard input: give it on the first line, e.g. echo 1234 | borne config set-pin --config FILE

## The commands' help (--help). Clap adds ":" after a heading itself.

cli-help-heading-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-help-command = Print this help, or the help of the given commands
cli-help-arg-subcommand = The command whose help to print
cli-help-value-command = COMMAND
cli-help-value-dir = DIR
cli-help-value-dirs = DIRS
cli-help-value-out = OUT
cli-help-value-file = FILE
cli-help-value-config = FILE
cli-help-value-key = KEY
cli-help-value-bundle = BUNDLE
cli-help-value-stick = STICK
cli-help-value-data-dir = DIR
cli-help-value-report-dir = DIR
cli-help-value-pubkey = PUBKEY
cli-help-value-fail-under = PERCENT
cli-help-value-format = FORMAT
cli-help-value-export = EXPORT
cli-help-value-structures = FILE
cli-help-value-commune = COMMUNE
cli-help-value-thematique = THEMATIQUE
cli-help-arg-help = Print help
cli-help-arg-version = Print version
cli-help-arg-config = Settings file (see `borne config example`)
cli-help-arg-data-dir = The kiosk's data folder (default: the settings' one)
cli-help-about = Touch kiosk: social rights and services, in every language
cli-help-about--fullscreen = Full screen (the kiosk image always is)
cli-help-about--landscape = Landscape layout (1920x1080) instead of portrait
cli-help-run = Start the kiosk (the default)
cli-help-screenshot = Render a screen to PNG without any display
cli-help-speak = Say a screen or a node aloud into a WAV file, or print what would be said
cli-help-ticket = Draw the printed ticket of a node: a PNG preview or the exact ESC/POS bytes
cli-help-mediator-page = Write the offline page mediators open to read a ticket (no network needed)
cli-help-handoff = Tickets: read one (for mediators), or make one for a node

cli-help-content = Operators' tools for content packs
cli-help-content-check = Report every problem of a pack, with file and line
cli-help-content-check--dir = The pack's folder (pack.toml, nodes.toml, locales/…)
cli-help-content-list = One node per line: ID, KIND, TITLE (default language)
cli-help-content-list--dir = The pack's folder
cli-help-content-build = Check a pack and write FILE.borne (a bundle to sign and copy to a USB stick), or compile it into FILE.sqlite
cli-help-content-build--dir = The pack's folder
cli-help-content-build--out = The file to write: .borne (bundle) or .sqlite (compiled pack)
cli-help-content-sign = Sign a bundle with a secret key (writes FILE.borne.minisig, as `minisign -S`); the password is asked, or read from BORNE_KEY_PASSWORD
cli-help-content-sign--bundle = The bundle (.borne) to sign
cli-help-content-sign--key = The secret key (borne.key)
cli-help-content-rollback = Go back to the content installed before the current one (kept by each update)
cli-help-content-coverage = How complete each language is (UI and content), with its review status
cli-help-content-coverage--dir = The pack's folder
cli-help-content-coverage--fail-under = Fail when a language the pack offers is under this percentage (UI or content), naming it
cli-help-content-coverage--all = Also show the kiosk's languages the pack does not offer
cli-help-content-coverage--format = What standard output gets: the table (table), CSV (csv) or a Markdown summary (markdown)
cli-help-content-coverage--csv = Also write the table as CSV into this file
cli-help-content-coverage--markdown = Also write a Markdown summary (for a pull request) into this file
cli-help-content-extract-default = Write the built-in default pack's source into a folder, to start from it
cli-help-content-extract-default--dir = The folder to write it into
cli-help-content-import = Import services from a national referential into a pack's services.toml
cli-help-content-import-data-inclusion = Merge a data·inclusion export (services and structures, JSON or CSV) into DIR/services.toml: entries edited by hand are kept, and every change reported
cli-help-content-import-data-inclusion--export = The export's folder (its services and structures files), or its services file
cli-help-content-import-data-inclusion--out = The pack's services.toml; the pack's pack.toml maps thématiques to results
cli-help-content-import-data-inclusion--commune = Keep the services of these communes only (INSEE codes)
cli-help-content-import-data-inclusion--thematique = Keep the services of these thématiques only (a theme keeps its sub-themes)
cli-help-content-import-data-inclusion--structures = The structures file, when EXPORT is the services file
cli-help-content-import-offers = Write a landlord's housing offers (a CSV or JSON export, photos beside it or in its photos/ folder) into DIR/offers/LANDLORD.toml, replacing the previous import; photos shrunk to 1024×768 JPEG without their metadata (see docs/offers.md)
cli-help-content-import-offers--file = The export: CSV (";" or ",", header row) or JSON (an array of objects)
cli-help-content-import-offers--landlord = The landlord: its service id in DIR/services.toml
cli-help-content-import-offers--out = The pack folder (it holds pack.toml)

cli-help-update = Install a content bundle, as the kiosk does from a USB stick
cli-help-update-apply = Verify, check and install FILE.borne (signature in FILE.borne.minisig): to try a bundle on a computer before copying it to a stick
cli-help-update-apply--bundle = The bundle (.borne) to install
cli-help-update-apply--pubkey = A trusted public key file (minisign .pub); the settings' keys otherwise
cli-help-update-apply--report-dir = Also write report.txt and report.json into this folder

cli-help-stats = Anonymous statistics (see docs/privacy.md and docs/statistics.md)
cli-help-stats-export = Write this kiosk's counts (CSV) and report.html into a folder
cli-help-stats-export--out = The folder to write into
cli-help-stats-merge = Merge exports of several kiosks (each counted once, its latest export)
cli-help-stats-merge--dirs = The export folders to merge
cli-help-stats-merge--out = The folder to write the merge into

cli-help-keys = Signing keys for content bundles (minisign format)
cli-help-keys-generate = Make a key pair: DIR/borne.pub (give it to kiosks) and DIR/borne.key (keep it safe); the password is asked, or read from BORNE_KEY_PASSWORD
cli-help-keys-generate--dir = The folder to write both keys into
cli-help-keys-authorize-stick = Make the stick mounted at STICK an operator's stick: kiosks copy their statistics only onto a stick whose token is signed by a key they trust; the password is asked, or read from BORNE_KEY_PASSWORD
cli-help-keys-authorize-stick--key = The secret key (borne.key) whose public half is in the kiosks' trusted_keys
cli-help-keys-authorize-stick--stick = The stick's folder (where it is mounted)

cli-help-config = Settings
cli-help-config-example = Print the commented example settings file
cli-help-config-show = Print the settings in effect (file and environment applied)
cli-help-config-get = Print one setting in effect, for scripts (e.g. `display.rotation`)
cli-help-config-get--key = The setting (section.name)
cli-help-config-set-pin = Set the technician's PIN (4 to 12 digits) for the maintenance screen: read from standard input (asked twice, unseen, on a terminal) and written as a salted hash into the settings file given with --config, every other line kept
## borne content check: the problems of a content pack (docs/content-pack.md). Each
## says what is wrong, where, and what to do next.

check-severity-error = error
check-severity-warning = warning
check-not-a-folder = this is not a folder: a content pack is a folder holding pack.toml
check-missing-file = this file is missing
check-missing-folder = the folder { $folder }/ is missing
check-unreadable-file = this file cannot be read: { $detail }
check-unreadable-folder = this folder cannot be read
check-encoding = this file is not UTF-8 text: save it as UTF-8
check-toml-syntax = this file is not valid TOML (column { $column }): { $detail }; nothing else in it was checked
check-toml-structure = in { $entry }: { $detail }; nothing else in this file was checked
check-entry = { $what ->
    [node] node
    [service] service
   *[document] document
} "{ $id }" (line { $line })
check-entry-file = this file
check-missing-field = { $entry } has no `{ $field }`, which is required: { $hint }
check-unknown-field = { $entry }: `{ $field }` is not a field here (a typo?); the fields are { $known }
check-invalid-type = { $entry }: `{ $field }` is { $found }; write { $expected }
check-type-text = text in quotes ("…")
check-type-list = a list in brackets (["a", "b"])
check-type-bool = true or false
check-type-number = a whole number
check-type-other = { $name }
check-hint-pictogram = the name of an SVG file of pictograms/, without .svg, e.g. pictogram = "{ $example }"
check-hint-id = a stable id (a-z, 0-9 and -), e.g. id = "housing-apl"
check-hint-kind = kind = "question", "result", "info", "eligibility" or "offers"
check-hint-nom = the service's name as residents know it, e.g. nom = "CAF"
check-hint-version = MAJOR.MINOR.PATCH, e.g. version = "1.0.0"
check-hint-default-language = the language every other falls back to, e.g. default_language = "fr"
check-hint-root = the id of the question on the home screen, e.g. root = "home"
check-hint-closure-date = a date, e.g. from = 2026-12-24
check-hint-docs = see docs/content-pack.md
check-unknown-pictogram = pictogram "{ $name }" does not exist: add pictograms/{ $name }.svg
check-unused-service = service "{ $id }" is never shown: list it in a result's services, or delete it
check-unused-document = document "{ $id }" is never asked for: list it in a result's documents, or delete it
check-unused-pictogram = pictogram "{ $name }" is never used: delete the file, or use it
check-invalid-id = "{ $id }" is not a valid id: use a-z, 0-9 and -, at most 48 characters
check-duplicate-node = node id "{ $id }" is already used at { $file }:{ $line }
check-duplicate-id = { $what } id "{ $id }" is already used on line { $line }
check-pictogram-reference = { $detail }
check-pictogram-undecodable = this pictogram cannot be decoded: { $detail }
check-pictogram-unreadable = this pictogram cannot be read: { $detail }
check-invalid-kind = kind "{ $kind }" is unknown: use question, result, info, eligibility (a ceilings table) or offers (landlords' housing offers)
check-choice-count = question "{ $id }" offers { $count } choices: a question offers { $min } to { $max }
check-page-choice-count = page "{ $id }" offers more than { $max } choices
check-invalid-style = style "{ $style }" is unknown: the only style is "emergency"
check-unknown-choice = choice "{ $id }" is not a node of this pack
check-result-choices = result "{ $id }" has choices: a result ends the path
check-missing-source = result "{ $id }" has no source: give the page its text was checked against (source = "https://…")
check-invalid-source = the source "{ $source }" must be a web address (https://…)
check-missing-review = result "{ $id }" has no review date (reviewed = "YYYY-MM-DD")
check-invalid-date = "{ $date }" is not a date: write YYYY-MM-DD
check-lists-not-result = "{ $id }" lists documents or services but is not a result
check-unknown-document = document "{ $id }" is not in documents.toml
check-unknown-service = service "{ $id }" is not in services.toml
check-cycle = choosing "{ $target }" from "{ $from }" leads back to "{ $target }": the path would loop
check-unreachable = node "{ $id }" cannot be reached from "{ $root }": offer it in a question's choices, or delete it
check-invalid-phone = phone number "{ $number }" is invalid: { $why }
check-phone-not-e164 = write it in E.164 form, e.g. +33123456789, or as a short number such as 3230
check-phone-separators = E.164 numbers have no spaces or dots: +33123456789
check-phone-unparsable = { $detail }
check-phone-not-in-plan = this number does not exist in its country's numbering plan
check-invalid-email = "{ $address }" is not an e-mail address
check-invalid-hours = opening hours "{ $hours }" are not OpenStreetMap opening_hours: the error is at character { $column }, at "{ $part }". Days are Mo Tu We Th Fr Sa Su, hours 24-hour HH:MM, e.g. "{ $example }"
check-unreachable-service = service "{ $id }" has no phone, e-mail, website or address
check-unknown-thematique = "{ $value }" is not a data·inclusion thématique
check-unknown-public = "{ $value }" is not a data·inclusion public
check-unknown-value = "{ $value }" is not a data·inclusion { $what } value ({ $known })
check-closure-order = this closure ends ({ $to }) before it starts ({ $from })
check-unknown-closure-reason = closure reason "{ $reason }" is unknown ({ $known }): it is read as "other"
check-invalid-acceslibre = "{ $value }" is neither an Acceslibre id nor a page of { $site }
check-unknown-node = "{ $id }" is not a node of this pack
check-not-a-result = "{ $id }" is not a result: only results show services
check-example-service = service "{ $id }" is example data (example = true), shown with an "Example" notice: replace it with a real place and delete example = true, or delete it
check-checked-in-future = service "{ $id }" says it was checked on { $date }, a day still to come
check-stale-hidden = service "{ $id }" was last checked on { $date }, more than { $months } months ago: the kiosk does not show it (stale_after_months = { $months }); check it and update date_maj
check-stale = service "{ $id }" was last checked on { $date }, more than { $months } months ago: check it and update date_maj
check-stale-after-months = stale_after_months is a number of months from 1 to { $max }
check-invalid-pack-id = the pack id "{ $id }" uses a-z, 0-9, '.' and '-' only
check-invalid-version = version "{ $version }" must be MAJOR.MINOR.PATCH, e.g. 1.0.0
check-unknown-root = root "{ $id }" is not a node of this pack
check-invalid-root = the root "{ $id }" must be a question
check-invalid-country = "{ $value }" is not a country code such as FR
check-unknown-default-language = the default language "{ $lang }" is not listed under [languages]
check-invalid-status = status "{ $status }" is unknown: use draft or reviewed
check-language-without-file = language "{ $lang }" has no file locales/{ $lang }.ftl
check-undeclared-language = language "{ $lang }" is not listed in pack.toml and will not be offered: add [languages.{ $lang }]
check-audio-layout-folder = left out: recordings go in audio/LANGUAGE/KEY.wav
check-audio-layout-file = left out: only WAV files (KEY.wav) are read from audio/LANGUAGE/
check-audio-language = the pack does not offer the language "{ $lang }": add [languages.{ $lang }] to pack.toml
check-audio-unknown-message = there is no message "{ $key }" in { $lang }: in locales/{ $lang }.ftl nor in the kiosk's own texts
check-audio-unreadable = this recording cannot be read: { $detail }
check-missing-string = message "{ $key }" is missing in { $file } (the default language)
check-missing-translation = { $count } messages are not translated yet ({ $shown }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}): the kiosk shows them in { $default }
check-unknown-variable = "{ $key }" uses the variable ${ $var }, but the kiosk gives pack texts no variables: it would show as {"{"}${ $var }{"}"}. Write the text itself
check-dropped-variable = "{ $key }" lost the variable ${ $var } that { $default } uses
check-invented-variable = "{ $key }" uses ${ $var }, which { $default } does not give (the kiosk gives pack texts no variables)
check-fluent-syntax = Fluent syntax error: { $detail }
check-duplicate-message = message "{ $id }" is already defined on line { $first }: the kiosk shows the first one and ignores this one. Delete one of them
check-leaked-comment = this line is part of the text of "{ $key }", not a comment: in Fluent only a # at the start of the line begins a comment. Move it to column 0, above the message
check-unknown-attribute = "{ $key }": the attribute .{ $attr } is never shown; { $known }
check-attributes-are = the attributes of a node are { $list }
check-no-attributes = "{ $id }" has no attributes
check-bundle-examples = CAUTION: this bundle publishes { $count ->
    [one] an example service ({ $ids }): every kiosk that installs it will show it to residents as a place to go. Replace it with a real place
   *[other] { $count } example services ({ $ids }): every kiosk that installs it will show them to residents as places to go. Replace them with real places
} (and delete example = true) before signing
# borne preview
preview-started = Previewing { $folder }: every save reloads the kiosk. Close the windows to stop.
preview-not-a-folder = { $folder } is not a content folder.
preview-cannot-start = the preview cannot start
preview-window-failed = The kiosk window does not open: { $error }
preview-failure = The content is right, but it does not compile: { $error }
preview-reloaded = Reloaded: { $ms } ms from save to screen.
preview-panel-title = Preview — { $folder }
preview-kiosk-title = Kiosk — { $folder }
preview-status = { $folder }, read at { $time } — { $warnings ->
    [0] no warnings
    [one] { $warnings } warning (see the terminal)
   *[other] { $warnings } warnings (see the terminal)
}
preview-problems-heading = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}: fix and save, the screen comes back at the same place.
preview-compiled-file = compiled file
preview-language = Language
preview-orientation = Screen
preview-portrait = Portrait
preview-landscape = Landscape
preview-contrast = Contrast
preview-contrast-standard = Standard
preview-contrast-high = High
preview-text-size = Text size
preview-percent = { $n }%
preview-clock = Clock: { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
} { $date } { $time }{ $live ->
    [yes] {" "}(real time)
   *[no] {""}
}
preview-clock-day-back = − 1 day
preview-clock-day-on = + 1 day
preview-clock-hour-back = − 1 hour
preview-clock-hour-on = + 1 hour
preview-clock-now = Now
preview-nodes = { $count ->
    [one] 1 screen
   *[other] { $count } screens
} (click to show it)
# borne content proof: the proof sheet for translators and reviewers.
proof-title = Proof sheet: { $pack } { $version }
proof-intro = Every screen of the content in every language, beside the same screen in the reference language, with its texts. A text "not translated" is shown in the reference language on the kiosk.
proof-review-status = Review status
proof-col-language = Language
proof-col-code = Code
proof-col-status = Declared status
proof-col-ui = Kiosk texts
proof-col-content = Content texts
proof-col-untranslated = Texts not translated
proof-summary-note = The status is the one pack.toml declares; the percentages and the texts not translated are those of "borne content coverage".
proof-screens = Screens
proof-languages-short = { $count ->
    [one] { $count } language incomplete
   *[other] { $count } languages incomplete
}
proof-kind-home = home
proof-kind-question = question
proof-kind-result = result
proof-kind-info = information
proof-screen-help = Help screen
proof-screen-ticket = My ticket screen
proof-screen-emergency = Emergency screen
proof-untranslated-count = { $count ->
    [one] { $count } text not translated: the kiosk shows it in { $reference }
   *[other] { $count } texts not translated: the kiosk shows them in { $reference }
}
proof-kiosk-texts = Kiosk texts { $percent } % translated (the others in French)
proof-no-pack-text = This screen shows only the kiosk's own texts, no content text.
proof-col-key = Text
proof-not-translated = Not translated
proof-pack-errors = { $dir } has { $errors ->
    [one] an error
   *[other] { $errors } errors
}: run "borne content check { $dir }" to see them.
proof-unknown-language = The content has no language "{ $lang }".
proof-unknown-node = The content has no node "{ $node }".
proof-cannot-write = Cannot write { $path }
proof-drawing = Drawing { $screens ->
    [one] { $screens } screen
   *[other] { $screens } screens
} × { $languages ->
    [one] { $languages } language
   *[other] { $languages } languages
}
proof-draw-failed = A screen could not be drawn: { $error }
proof-written = Proof sheet written: { $path } ({ $screens ->
    [one] { $screens } screen
   *[other] { $screens } screens
} × { $languages ->
    [one] { $languages } language
   *[other] { $languages } languages
}, { $images ->
    [0] no images
    [one] { $images } image
   *[other] { $images } images
})

cli-size-invalid = --size must be WIDTHxHEIGHT, each 100 to 8000 pixels, e.g. 1080x1920 (portrait) or 1920x1080 (landscape).
cli-help-preview = Show a pack folder in the kiosk window, live: every save reloads it
cli-help-preview--dir = The pack folder (pack.toml, nodes/, locales/…)
cli-help-content-proof = A proof sheet for translators and reviewers: every screen in every language beside the default one, untranslated texts marked (OUT/index.html, no network needed)
cli-help-content-proof--dir = The pack's folder
cli-help-content-proof--out = The folder to write index.html and the screens (png/) into
cli-help-content-proof--lang = Only these languages beside the default one (repeat, or separate with commas); every language of the pack if omitted
cli-help-content-proof--node = Only these nodes (ids); every node and the Help, ticket and emergency screens if omitted
cli-help-content-proof--no-screens = Texts only: no screen drawn (seconds instead of minutes)
cli-help-content-proof--jobs = Screens drawn at once (default: one per processor core)
cli-help-content-proof--size = The kiosk's layout, WIDTHxHEIGHT: 1080x1920 portrait, 1920x1080 landscape; the images are half that size

check-audio-not-wav = this is not a readable WAV file ({ $detail }): save it as WAV, e.g. sox IN.mp3 -r 22050 -b 16 OUT.wav
check-audio-encoding = the sound is { $what }: recordings must be 16-bit PCM (sox IN.wav -r 22050 -b 16 -e signed OUT.wav)
check-audio-channels = the sound has { $count } channels: recordings are mono or stereo (sox IN.wav -c 1 OUT.wav)
check-audio-rate = the sound is sampled at { $hz } Hz: recordings must be 22050 Hz (sox IN.wav -r 22050 -b 16 OUT.wav)
check-audio-too-large = the file is { $bytes } bytes: a recording is at most { $max } bytes
check-audio-too-long = the sound lasts { $seconds } s: a recording lasts at most { $max } s; split the message
check-audio-empty = the file holds no sound: record it again

## Ceilings tables and "eligibility" nodes (slice "eligibility")
check-table-missing-source = table "{ $table }" does not say where its amounts come from: give the official text (source = "https://…")
check-table-missing-year = table "{ $table }" does not say which year its amounts are for: add year = YYYY
check-table-invalid-year = { $year } is not a valid year for a table
check-table-old-year = table "{ $table }" gives the amounts of { $year } (this is { $current }): update it each January from the year's official text, then change year
check-table-unit = unknown unit "{ $unit }": write unit = "year" (amounts per year) or "month" (per month)
check-table-count = { $what ->
        [rows] the table has { $count } rows: it needs 1 to { $max }
       *[columns] the table has { $count } columns: it needs 1 to { $max }
    }
check-table-duplicate = "{ $id }" is written twice
check-table-unknown-row = row "{ $row }" is not in rows
check-table-amount-count = row "{ $row }" has { $count } amounts for { $columns } columns
check-table-amount-order = the amounts of row "{ $row }" must be positive and rise from one column to the next
check-table-extra = extra has { $count } amounts for { $columns } columns (one amount, zero or more, per column, added per extra person)
check-table-gap = row "{ $row }" has amounts although a row before it has none: write the amounts of the first rows, extra gives the next ones
check-table-missing-amounts = row "{ $row }" has no amounts and the table has no extra to compute them
check-table-missing-route = column "{ $column }" leads nowhere: add it under [routes] with a node's id
check-table-route-key = [routes] names "{ $key }", which is neither a column nor above
check-table-shift = question "{ $key }" moves by an impossible number of rows (shift is at least 1 and stays within the table)
check-table-unused = no node uses table "{ $table }"
check-table-not-eligibility = node "{ $id }" names a table but is not of kind eligibility
check-eligibility-no-table = node "{ $id }" is of kind eligibility without a table: add table = "ID" (tables/ID.toml)
check-unknown-table = table "{ $table }" does not exist (tables/{ $table }.toml)
check-eligibility-choices = the choices of node "{ $id }" must be exactly the nodes table "{ $table }" leads to: { $nodes }
proof-kind-eligibility = "Am I eligible?" (ceilings table)

## online: official online procedures ("Continue on your phone")
check-online-malformed = “{ $url }” is not a valid web address ({ $detail }): write it in full, for example https://www.demande-logement-social.gouv.fr/
check-online-whitespace = the address “{ $url }” contains a space or a line break: write it in one piece
check-online-not-https = the address “{ $url }” starts with { $scheme }://: an online procedure opens with https:// only
check-online-credentials = the address “{ $url }” contains a user name or password (before @): remove them
check-online-port = the address “{ $url }” gives a port: give the site's address without “:number”
check-online-fragment = the address “{ $url }” contains an anchor (#…): remove it, the QR code carries the page's address only
check-online-not-domain = the address “{ $url }” has no site name (an IP address): give the address of the body's site
check-online-tracking = the address “{ $url }” contains the tracking parameter “{ $name }”: remove it, the kiosk does not have people followed
check-online-unofficial = “{ $host }” is not an official site: only gouv.fr, public bodies' sites (service-public.fr, caf.fr, ameli.fr, msa.fr, francetravail.fr, info-retraite.fr, lassuranceretraite.fr, actionlogement.fr, visale.fr) and the names declared in pack.toml ([online] official_hosts) are accepted
check-online-host-invalid = “{ $host }” is not a site name: write it without https:// or a path, in lower case, for example mairie-exempleville.fr
check-online-not-result = node “{ $id }” is not a result: only results offer an online procedure (online = [...])
check-unknown-procedure = the online procedure “{ $id }” is not in online.toml
check-unused-procedure = no result offers the online procedure “{ $id }”: add it to a result's online = [...], or delete it
check-duplicate-procedure = the online procedure id “{ $id }” is already used on line { $line }
## Landlords' offers (offers)
proof-kind-offers = housing offers
check-offers-landlord = "{ $landlord }" is not a service of services.toml: the name of offers/{ $landlord }.toml is the landlord's id; add that service (its reception says how to apply)
check-offers-count = this file holds { $count } offers: a landlord has at most { $max }
check-offer-duplicate = the reference "{ $reference }" is already that of the offer on line { $line }
check-offer-reference = the reference "{ $value }" is not valid: 1 to 40 unaccented letters, digits, ".", "_" or "-"
check-offer-commune = the commune "{ $value }" is not valid: a name of 1 to 64 characters, on one line, without spaces at either end
check-offer-postcode = the postcode "{ $value }" must have 5 digits
check-offer-rooms = { $value } rooms: rooms is a number from 1 to { $max } (1 for a T1 or a studio)
check-offer-surface = { $value } m²: surface_m2 is a whole number from 1 to { $max }
check-offer-rent = the rent "{ $value }" is not valid: an amount in euros, more than 0 and at most { $max }, for example rent = 412.35
check-offer-charges = the charges "{ $value }" are not valid: an amount in euros, from 0 to { $max }, for example charges = 58.50
check-offer-floor = floor { $value } is not possible: from -3 to 80, 0 for the ground floor
check-offer-energy = the energy label "{ $value }" must be a letter from A to G
check-offer-expired = the offer "{ $reference }" ended on { $date }: it will not show; `borne content import offers` drops such offers
check-offer-photo-count = this offer has { $count } photos: an offer shows at most { $max }
check-offer-photo-name = "{ $name }" is not a valid photo name: unaccented lower-case letters, digits, ".", "_", "-", ending in .jpg
check-offer-photo-missing = the photo "{ $name }" is not in offers/{ $landlord }/
check-offer-photo-unused = no offer shows this photo: delete it, or add it to an offer's photos
check-offer-photo-unreadable = this photo cannot be read: { $detail }
check-offer-photo-bytes = this photo is larger than { $max } KiB: `borne content import offers` shrinks photos for the kiosk
check-offer-photo-not-jpeg = this photo is not a whole JPEG file: `borne content import offers` converts photos for the kiosk
check-offer-photo-undecodable = this photo cannot be decoded: { $detail }
check-offer-photo-dimensions = this photo is { $width }×{ $height } pixels: from { $min } to { $max } pixels a side
check-landlords-not-offers = "{ $id }" lists landlords but is not an offers node (kind = "offers")
check-offers-choices = the offers node "{ $id }" has choices: it ends the path, like a result
