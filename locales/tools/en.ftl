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
