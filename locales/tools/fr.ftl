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

## borne content check : les problèmes d'un paquet de contenu (docs/content-pack.md).
## Chacun dit ce qui ne va pas, où, et quoi faire.

check-severity-error = erreur
check-severity-warning = avertissement
check-not-a-folder = ce n'est pas un dossier : un paquet de contenu est un dossier qui contient pack.toml
check-missing-file = ce fichier manque
check-missing-folder = le dossier { $folder }/ manque
check-unreadable-file = ce fichier ne peut pas être lu : { $detail }
check-unreadable-folder = ce dossier ne peut pas être lu
check-encoding = ce fichier n'est pas du texte UTF-8 : enregistrez-le en UTF-8
check-toml-syntax = ce fichier n'est pas du TOML valide (colonne { $column }) : { $detail } ; rien d'autre n'y a été vérifié
check-toml-structure = dans { $entry } : { $detail } ; rien d'autre n'a été vérifié dans ce fichier
check-entry = { $what ->
    [node] le nœud
    [service] le service
   *[document] le document
} « { $id } » (ligne { $line })
check-entry-file = ce fichier
check-missing-field = il manque `{ $field }` dans { $entry }, et ce champ est obligatoire : { $hint }
check-unknown-field = dans { $entry } : `{ $field }` n'est pas un champ possible ici (faute de frappe ?) ; les champs sont { $known }
check-invalid-type = dans { $entry } : `{ $field }` vaut { $found } ; écrivez { $expected }
check-type-text = du texte entre guillemets ("…")
check-type-list = une liste entre crochets (["a", "b"])
check-type-bool = true ou false
check-type-number = un nombre entier
check-type-other = { $name }
check-hint-pictogram = le nom d'un fichier SVG de pictograms/, sans .svg, par exemple pictogram = "{ $example }"
check-hint-id = un identifiant stable (a-z, 0-9 et -), par exemple id = "housing-apl"
check-hint-kind = kind = "question", "result" ou "info"
check-hint-nom = le nom du service tel que les habitants le connaissent, par exemple nom = "CAF"
check-hint-version = MAJEUR.MINEUR.CORRECTIF, par exemple version = "1.0.0"
check-hint-default-language = la langue vers laquelle toutes les autres se replient, par exemple default_language = "fr"
check-hint-root = l'identifiant de la question de l'écran d'accueil, par exemple root = "home"
check-hint-closure-date = une date, par exemple from = 2026-12-24
check-hint-docs = voir docs/content-pack.md
check-unknown-pictogram = le pictogramme « { $name } » n'existe pas : ajoutez pictograms/{ $name }.svg
check-unused-service = le service « { $id } » n'est jamais affiché : ajoutez-le aux services d'un résultat, ou supprimez-le
check-unused-document = le document « { $id } » n'est jamais demandé : ajoutez-le aux documents d'un résultat, ou supprimez-le
check-unused-pictogram = le pictogramme « { $name } » n'est jamais utilisé : supprimez le fichier, ou utilisez-le
check-invalid-id = « { $id } » n'est pas un identifiant valide : utilisez a-z, 0-9 et -, 48 caractères au plus
check-duplicate-node = l'identifiant de nœud « { $id } » est déjà utilisé en { $file }:{ $line }
check-duplicate-id = { $what ->
    [service] l'identifiant de service
   *[document] l'identifiant de document
} « { $id } » est déjà utilisé ligne { $line }
check-pictogram-reference = { $detail }
check-pictogram-undecodable = ce pictogramme ne peut pas être décodé : { $detail }
check-pictogram-unreadable = ce pictogramme ne peut pas être lu : { $detail }
check-invalid-kind = le type « { $kind } » est inconnu : utilisez question, result ou info
check-choice-count = la question « { $id } » propose { $count } choix : une question en propose de { $min } à { $max }
check-page-choice-count = la page « { $id } » propose plus de { $max } choix
check-invalid-style = le style « { $style } » est inconnu : le seul style est "emergency"
check-unknown-choice = le choix « { $id } » n'est pas un nœud de ce paquet
check-result-choices = le résultat « { $id } » a des choix : un résultat termine le parcours
check-missing-source = le résultat « { $id } » n'a pas de source : donnez la page avec laquelle son texte a été vérifié (source = "https://…")
check-invalid-source = la source « { $source } » doit être une adresse web (https://…)
check-missing-review = le résultat « { $id } » n'a pas de date de relecture (reviewed = "AAAA-MM-JJ")
check-invalid-date = « { $date } » n'est pas une date : écrivez AAAA-MM-JJ
check-lists-not-result = « { $id } » liste des documents ou des services mais n'est pas un résultat
check-unknown-document = le document « { $id } » n'est pas dans documents.toml
check-unknown-service = le service « { $id } » n'est pas dans services.toml
check-cycle = choisir « { $target } » depuis « { $from } » ramène à « { $target } » : le parcours tournerait en rond
check-unreachable = le nœud « { $id } » ne peut pas être atteint depuis « { $root } » : proposez-le dans les choix d'une question, ou supprimez-le
check-invalid-phone = le numéro de téléphone « { $number } » n'est pas valide : { $why }
check-phone-not-e164 = écrivez-le au format E.164, par exemple +33123456789, ou comme numéro court, par exemple 3230
check-phone-separators = les numéros E.164 n'ont ni espaces ni points : +33123456789
check-phone-unparsable = { $detail }
check-phone-not-in-plan = ce numéro n'existe pas dans le plan de numérotation de son pays
check-invalid-email = « { $address } » n'est pas une adresse électronique
check-invalid-hours = les horaires « { $hours } » ne sont pas au format OpenStreetMap opening_hours : l'erreur est au caractère { $column }, à « { $part } ». Les jours s'écrivent Mo Tu We Th Fr Sa Su, les heures HH:MM sur 24 heures, par exemple « { $example } »
check-unreachable-service = le service « { $id } » n'a ni téléphone, ni adresse électronique, ni site web, ni adresse
check-unknown-thematique = « { $value } » n'est pas une thématique data·inclusion
check-unknown-public = « { $value } » n'est pas un public data·inclusion
check-unknown-value = « { $value } » n'est pas une valeur data·inclusion de { $what } ({ $known })
check-closure-order = cette fermeture finit ({ $to }) avant de commencer ({ $from })
check-unknown-closure-reason = le motif de fermeture « { $reason } » est inconnu ({ $known }) : il est lu comme "other"
check-invalid-acceslibre = « { $value } » n'est ni un identifiant Acceslibre ni une page de { $site }
check-unknown-node = « { $id } » n'est pas un nœud de ce paquet
check-not-a-result = « { $id } » n'est pas un résultat : seuls les résultats affichent des services
check-example-service = le service « { $id } » est une donnée d'exemple (example = true), affichée avec la mention « Exemple » : remplacez-le par un vrai lieu et retirez example = true, ou supprimez-le
check-checked-in-future = le service « { $id } » dit avoir été vérifié le { $date }, un jour encore à venir
check-stale-hidden = le service « { $id } » a été vérifié pour la dernière fois le { $date }, il y a plus de { $months } mois : la borne ne l'affiche pas (stale_after_months = { $months }) ; vérifiez-le et mettez à jour date_maj
check-stale = le service « { $id } » a été vérifié pour la dernière fois le { $date }, il y a plus de { $months } mois : vérifiez-le et mettez à jour date_maj
check-stale-after-months = stale_after_months est un nombre de mois de 1 à { $max }
check-invalid-pack-id = l'identifiant du paquet « { $id } » n'utilise que a-z, 0-9, '.' et '-'
check-invalid-version = la version « { $version } » doit être MAJEUR.MINEUR.CORRECTIF, par exemple 1.0.0
check-unknown-root = la racine « { $id } » n'est pas un nœud de ce paquet
check-invalid-root = la racine « { $id } » doit être une question
check-invalid-country = « { $value } » n'est pas un code de pays comme FR
check-unknown-default-language = la langue par défaut « { $lang } » n'est pas listée sous [languages]
check-invalid-status = le statut « { $status } » est inconnu : utilisez draft ou reviewed
check-language-without-file = la langue « { $lang } » n'a pas de fichier locales/{ $lang }.ftl
check-undeclared-language = la langue « { $lang } » n'est pas listée dans pack.toml et ne sera pas proposée : ajoutez [languages.{ $lang }]
check-audio-layout-folder = ignoré : les enregistrements vont dans audio/LANGUE/CLÉ.wav
check-audio-layout-file = ignoré : seuls les fichiers WAV (CLÉ.wav) sont lus dans audio/LANGUE/
check-audio-language = le paquet ne propose pas la langue « { $lang } » : ajoutez [languages.{ $lang }] à pack.toml
check-audio-unknown-message = il n'y a pas de message « { $key } » en { $lang } : ni dans locales/{ $lang }.ftl ni dans les textes de la borne
check-audio-format = { $detail }
check-audio-unreadable = cet enregistrement ne peut pas être lu : { $detail }
check-missing-string = le message « { $key } » manque dans { $file } (la langue par défaut)
check-missing-translation = { $count } messages ne sont pas encore traduits ({ $shown }{ $more ->
    [0] {""}
    [one] {" "}et { $more } autre
   *[other] {" "}et { $more } autres
}) : la borne les affiche en { $default }
check-unknown-variable = « { $key } » utilise la variable ${ $var }, mais la borne ne donne aucune variable aux textes du paquet : elle s'afficherait {"{"}${ $var }{"}"}. Écrivez le texte lui-même
check-dropped-variable = « { $key } » a perdu la variable ${ $var } que { $default } utilise
check-invented-variable = « { $key } » utilise ${ $var }, que { $default } ne donne pas (la borne ne donne aucune variable aux textes du paquet)
check-fluent-syntax = erreur de syntaxe Fluent : { $detail }
check-duplicate-message = le message « { $id } » est déjà défini ligne { $first } : la borne affiche le premier et ignore celui-ci. Supprimez l'un des deux
check-leaked-comment = cette ligne fait partie du texte de « { $key } », ce n'est pas un commentaire : en Fluent, seul un # en début de ligne commence un commentaire. Placez-le en colonne 0, au-dessus du message
check-unknown-attribute = « { $key } » : l'attribut .{ $attr } n'est jamais affiché ; { $known }
check-attributes-are = les attributs d'un nœud sont { $list }
check-no-attributes = « { $id } » n'a pas d'attributs
check-bundle-examples = ATTENTION : ce lot publie { $count ->
    [one] un service d'exemple ({ $ids }) : chaque borne qui l'installe le montrera aux habitants comme un lieu où aller. Remplacez-le par un vrai lieu
   *[other] { $count } services d'exemple ({ $ids }) : chaque borne qui l'installe les montrera aux habitants comme des lieux où aller. Remplacez-les par de vrais lieux
} (et retirez example = true) avant de signer
