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

# borne preview
preview-started = Aperçu de { $folder } : chaque enregistrement recharge la borne. Fermez les fenêtres pour arrêter.
preview-not-a-folder = { $folder } n'est pas un dossier de contenu.
preview-cannot-start = l'aperçu ne peut pas démarrer
preview-window-failed = La fenêtre de la borne ne s'ouvre pas : { $error }
preview-failure = Le contenu est juste, mais il ne se compile pas : { $error }
preview-reloaded = Rechargé : { $ms } ms entre l'enregistrement et l'écran.
preview-panel-title = Aperçu — { $folder }
preview-kiosk-title = Borne — { $folder }
preview-status = { $folder }, lu à { $time } — { $warnings ->
    [0] aucun avertissement
    [one] { $warnings } avertissement (voir le terminal)
   *[other] { $warnings } avertissements (voir le terminal)
}
preview-problems-heading = { $errors ->
    [one] 1 erreur
   *[other] { $errors } erreurs
} : corrigez puis enregistrez, l'écran revient au même endroit.
preview-compiled-file = fichier compilé
preview-language = Langue
preview-orientation = Écran
preview-portrait = Portrait
preview-landscape = Paysage
preview-contrast = Contraste
preview-contrast-standard = Normal
preview-contrast-high = Élevé
preview-text-size = Taille du texte
preview-percent = { $n } %
preview-clock = Horloge : { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
} { $date } { $time }{ $live ->
    [yes] {" "}(heure réelle)
   *[no] {""}
}
preview-clock-day-back = − 1 jour
preview-clock-day-on = + 1 jour
preview-clock-hour-back = − 1 heure
preview-clock-hour-on = + 1 heure
preview-clock-now = Maintenant
preview-nodes = { $count ->
    [one] 1 écran
   *[other] { $count } écrans
} (cliquez pour l'afficher)
