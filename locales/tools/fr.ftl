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

# borne content proof : la feuille d'épreuves des traducteurs et relecteurs.
proof-title = Feuille d'épreuves : { $pack } { $version }
proof-intro = Chaque écran du contenu dans chaque langue, à côté du même écran dans la langue de référence, avec ses textes. Un texte « non traduit » est montré dans la langue de référence sur la borne.
proof-review-status = État de relecture
proof-col-language = Langue
proof-col-code = Code
proof-col-status = État déclaré
proof-col-ui = Textes de la borne
proof-col-content = Textes du contenu
proof-col-untranslated = Textes non traduits
proof-summary-note = L'état est celui que déclare pack.toml ; les pourcentages et les textes non traduits sont ceux de « borne content coverage ».
proof-screens = Écrans
proof-languages-short = { $count ->
    [one] { $count } langue incomplète
   *[other] { $count } langues incomplètes
}
proof-kind-home = accueil
proof-kind-question = question
proof-kind-result = résultat
proof-kind-info = information
proof-screen-help = Écran Aide
proof-screen-ticket = Écran Mon ticket
proof-screen-emergency = Écran Urgences
proof-untranslated-count = { $count ->
    [one] { $count } texte non traduit : la borne le montre en { $reference }
   *[other] { $count } textes non traduits : la borne les montre en { $reference }
}
proof-kiosk-texts = Textes de la borne traduits à { $percent } % (les autres en français)
proof-no-pack-text = Cet écran ne montre que des textes de la borne, aucun texte du contenu.
proof-col-key = Texte
proof-not-translated = Non traduit
proof-pack-errors = { $dir } a { $errors ->
    [one] une erreur
   *[other] { $errors } erreurs
} : lancez « borne content check { $dir } » pour les voir.
proof-unknown-language = Le contenu n'a pas de langue « { $lang } ».
proof-unknown-node = Le contenu n'a pas de nœud « { $node } ».
proof-cannot-write = Impossible d'écrire { $path }
proof-drawing = Dessin de { $screens ->
    [one] { $screens } écran
   *[other] { $screens } écrans
} × { $languages ->
    [one] { $languages } langue
   *[other] { $languages } langues
}
proof-draw-failed = Un écran n'a pas pu être dessiné : { $error }
proof-written = Feuille d'épreuves écrite : { $path } ({ $screens ->
    [one] { $screens } écran
   *[other] { $screens } écrans
} × { $languages ->
    [one] { $languages } langue
   *[other] { $languages } langues
}, { $images ->
    [0] aucune image
    [one] { $images } image
   *[other] { $images } images
})
