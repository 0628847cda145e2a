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
check-hint-kind = kind = "question", "result" or "info"
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
check-invalid-kind = kind "{ $kind }" is unknown: use question, result or info
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
check-audio-format = { $detail }
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
