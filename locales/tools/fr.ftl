# Les messages des commandes des opérateurs et des techniciens (borne content, keys,
# update, stats, config, preview). Même liste d'identifiants que en.ftl.

tools-errors-and-warnings = { $errors ->
    [0] aucune erreur
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [0] aucun avertissement
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
