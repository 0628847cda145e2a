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
