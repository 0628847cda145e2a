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
