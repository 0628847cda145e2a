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

## Commandes (cli-) : borne content, update, stats, keys, config, et leurs erreurs.

cli-node-not-in-pack = l'écran « { $node } » n'est pas dans ce contenu : voyez la liste des écrans avec `borne content list DOSSIER`.
cli-node-or-path = donnez l'écran avec --node ID, ou le chemin avec --path ID/ID/…
cli-settings-failed = les réglages de { $file } ne peuvent pas être lus : corrigez le fichier (`borne config example` en montre un complet et commenté).
cli-settings-env-failed = les réglages ne peuvent pas être lus : vérifiez les variables BORNE_* de l'environnement (`borne config example` les décrit).
cli-default-pack-failed = le contenu intégré n'a pas pu être préparé dans { $dir } : vérifiez la place libre et les droits d'écriture.
cli-pack-has-errors = { $dir } a { $errors ->
    [one] une erreur
   *[other] { $errors } erreurs
} : voyez-les avec `borne content check { $dir }`.
cli-pack-not-compiled = le contenu de { $dir } n'a pas pu être compilé : vérifiez la place libre, puis lancez `borne content check { $dir }`.
cli-pack-unopened = { $file } ne s'ouvre pas comme un contenu compilé : refaites-le avec `borne content build DOSSIER -o FICHIER.sqlite`.
cli-write-failed = { $file } n'a pas pu être écrit : vérifiez le dossier et les droits d'écriture.

cli-build-unknown-extension = { $file } : le nom doit finir par .borne (un paquet à signer et à copier sur une clé USB) ou par .sqlite (le contenu compilé, tel que la borne l'ouvre).
cli-bundle-progress = mise en paquet
cli-bundle-progress-files = fichiers
cli-bundle-done = { $pack } { $version } mis en paquet ({ $files } fichiers) dans { $file } ; signez-le : borne content sign { $file } --key borne.key
cli-bundle-failed = { $file } n'a pas été écrit : { $reason }
cli-build-done = { $pack } { $version } compilé ({ $nodes } écrans, { $languages } langues) dans { $file }
cli-build-failed = { $file } n'a pas été écrit ; vérifiez le dossier, la place libre et les droits d'écriture
cli-nothing-built = rien n'a été fabriqué : le contenu a { $errors ->
    [one] une erreur
   *[other] { $errors } erreurs
} ; corrigez-les (la liste est ci-dessus, ou `borne content check { $dir }`).
cli-sign-done = signature écrite : { $file }
cli-sign-failed = { $file } n'a pas pu être signé avec { $key } : vérifiez les deux chemins et le mot de passe de la clé (BORNE_KEY_PASSWORD)
cli-rollback-done = retour de la version { $from } à la version { $to }
cli-rollback-none = rien n'a changé : aucune version précédente n'est gardée (il y en a une après chaque mise à jour installée)
cli-rollback-failed = rien n'a changé : { $reason } (une version précédente n'est gardée qu'après une mise à jour)
cli-list-has-errors = le contenu de { $dir } a des erreurs : corrigez-les pour le lister (`borne content check { $dir }`).
cli-import-failed = rien n'a été importé ni écrit : { $why }
cli-import-error-unreadable = { $file } ne peut pas être lu : { $why }
cli-import-error-syntax = { $file } ne peut pas être importé : { $why }
cli-import-error-no-services = le dossier { $dir } n'a pas de fichier de services (services*.json ou services*.csv) : donnez le dossier de l'export data·inclusion, ou son fichier de services
cli-import-error-several-services = le dossier { $dir } a plusieurs fichiers de services : donnez celui à importer, avec --structures pour ses structures
cli-import-error-no-structures = le dossier { $dir } n'a pas de fichier de structures (structures*.json ou structures*.csv) : sans lui, les services n'ont ni site web ni page Acceslibre ; donnez-en un avec --structures
cli-import-error-too-many-rows = l'export a plus de { $max } services : ce n'est pas un export data·inclusion
cli-import-error-too-many-selected = plus de { $max } services sont choisis : choisissez-en moins avec --commune ou --thematique
cli-import-error-services-file = { $file } n'est pas un services.toml que l'import peut modifier : { $why }
cli-import-error-layout = services.toml n'écrit pas ses services en tables [[service]] : récrivez-les ainsi pour importer
cli-import-error-write = { $file } ne peut pas être écrit : { $why }
cli-import-read = { $rows } services lus, { $selected } choisis
cli-import-added = ajoutés
cli-import-updated = mis à jour
cli-import-removed = retirés (plus dans l'export)
cli-import-unchanged = inchangés : { $count }
cli-import-conflict = conflit : { $id } ({ $source }) a été modifié à la main et l'export change { $fields } : gardé tel quel ; reportez le changement à la main, ou effacez l'entrée pour prendre celle de l'export
cli-import-kept = gardé : { $id } : { $why }
cli-import-skipped = laissé de côté : { $row }
cli-import-note = note : { $row }
cli-import-outside = { $count } entrées importées sont hors de cette sélection et restent telles quelles
cli-import-unmapped = { $count } entrées ne sont montrées par aucun résultat : reliez leurs thématiques dans [import.thematiques] de pack.toml
cli-import-summary = { $added } ajoutés, { $updated } mis à jour, { $conflicts } en conflit, { $removed } retirés, { $skipped } lignes laissées de côté
cli-import-row = { $file }, ligne { $row } : { $why }
cli-import-row-id = { $file }, ligne { $row } (id { $id }) : { $why }
cli-import-done = { $file } est écrit ; vérifiez le contenu : borne content check { $dir }
cli-import-not-json = ce n'est pas un tableau JSON d'objets ({ $detail })
cli-import-not-csv = ce n'est pas du texte CSV ({ $detail })
cli-import-not-utf8 = sa colonne { $column } n'est pas du texte UTF-8
cli-import-offers-not-pack = { $dir } n'est pas un dossier de contenu (il n'a pas de pack.toml) : donnez à --out le dossier du contenu
cli-import-offers-not-file = { $file } n'est pas un fichier : donnez l'export CSV ou JSON du bailleur
cli-import-offers-too-big = { $file } fait plus de { $max } Mio : un export d'offres est bien plus petit ; est-ce le bon fichier ?
cli-import-offers-missing-columns = il manque à l'en-tête la ou les colonnes { $columns } (obligatoires : { $required }) ; voyez docs/offers.md
cli-import-offers-bad-row = { $why }
cli-import-offers-duplicate = la même référence est déjà importée de { $at } : seule la première est gardée
cli-import-offers-too-long = la valeur de { $column } est trop longue
cli-import-offers-not-value = { $column } n'est pas un texte ni un nombre
cli-import-offers-missing = { $column } manque
cli-import-offers-rooms = le type « { $value } » n'est pas valide : T1 à T{ $max }, F1 à F{ $max }, un nombre de pièces ou « studio »
cli-import-offers-surface = la surface « { $value } » n'est pas un nombre de m²
cli-import-offers-floor = l'étage « { $value } » n'est pas valide : un nombre de -3 à 80, ou RDC
cli-import-offers-yes-no = { $column } « { $value } » n'est ni oui ni non
cli-import-offers-date = la date { $column } « { $value } » n'est pas valide : AAAA-MM-JJ ou JJ/MM/AAAA
cli-import-offers-file-comment = Offres du bailleur { $landlord }, importées de { $file } le { $date } par `borne content import offers`.
    Un nouvel import remplace ce fichier : corrigez plutôt l'export du bailleur.
cli-import-offers-line = ligne { $line }
cli-import-offers-item = objet n° { $item }
cli-import-offers-skipped = laissée de côté, { $at } : { $why }
cli-import-offers-skipped-ref = laissée de côté, { $at } (référence { $reference }) : { $why }
cli-import-offers-photo-issue = photo « { $photo } », { $at } (référence { $reference }) : { $why } ; l'offre est gardée sans elle
cli-import-offers-photo-name = « { $name } » n'est pas un nom de fichier : un nom seul, sans dossier
cli-import-offers-photo-missing = introuvable à côté de l'export ni dans son dossier photos/
cli-import-offers-photo-write = elle ne peut pas être écrite : { $why }
cli-import-offers-photo-too-big = le fichier fait plus de { $max } Mio
cli-import-offers-photo-small = elle fait { $width }×{ $height } pixels une fois réduite : au moins { $min } pixels de côté
cli-import-offers-photo-lost = elle n'a pas pu être convertie
cli-import-offers-unknown-columns = colonnes non lues : { $columns } (les colonnes lues sont dans docs/offers.md)
cli-import-offers-beyond-max = { $count } lignes après les { $max } offres qu'un bailleur peut avoir n'ont pas été lues
cli-import-offers-summary = { $rows } lignes lues : { $imported } offres importées, { $skipped } laissées de côté, { $expired } déjà terminées retirées
cli-import-offers-photos = photos : { $written } écrites, dont { $resized } réduites ; { $problems } manquantes ou illisibles ; { $removed } anciennes supprimées
cli-import-offers-unknown-landlord = attention : services.toml n'a pas de service « { $landlord } » : ajoutez-le (son accueil dit comment candidater), sinon `borne content check` refusera le fichier d'offres
cli-import-offers-nothing = aucune offre de { $file } n'a pu être importée : rien n'est écrit, les offres déjà importées restent
cli-extract-failed = impossible d'écrire dans { $dir } : choisissez un dossier où vous pouvez écrire
cli-extract-done = la source du contenu intégré est dans { $dir }

cli-coverage-has-errors = { $dir } a des erreurs ; la couverture est calculée sur ce qui a pu être lu (voyez `borne content check { $dir }`)
cli-coverage-col-language = langue
cli-coverage-col-name = nom
cli-coverage-col-ui = IU %
cli-coverage-col-content = contenu %
cli-coverage-col-voice = voix
cli-coverage-col-audio = audio
cli-coverage-col-status = statut
cli-coverage-col-missing = manquants
cli-coverage-missing = { $count } : { $keys }
cli-coverage-missing-more = { $count } : { $keys } et { $more } de plus
cli-coverage-under = { $count ->
    [one] une langue proposée est
   *[other] { $count } langues proposées sont
} sous { $min } % ; complétez les traductions (les clés manquantes : --markdown FICHIER ou --csv FICHIER) :
cli-coverage-under-language = { $code } ({ $name }) : interface { $ui } %, contenu { $content } % (seuil { $min } %), { $missing ->
    [0] aucune clé manquante
    [one] une clé manquante
   *[other] { $missing } clés manquantes
}
cli-coverage-marker-ok = ok
cli-coverage-marker-incomplete = incomplet
cli-coverage-marker-under = SOUS LE SEUIL
cli-coverage-md-title = Couverture des traductions
cli-coverage-md-col-state = État
cli-coverage-md-col-ui = Interface
cli-coverage-md-col-content = Contenu
cli-coverage-md-col-missing = Clés manquantes
cli-coverage-md-col-language = Langue
cli-coverage-md-col-status = Statut
cli-coverage-percent = { $value } %
cli-coverage-md-none-under = Toutes les langues proposées atteignent { $min } %.
cli-coverage-md-under = Langues sous { $min } % :
cli-coverage-md-missing-summary = { $code } ({ $name }) : { $count ->
    [one] une clé manquante
   *[other] { $count } clés manquantes
}

cli-pubkey-unreadable = la clé publique { $file } ne peut pas être lue : vérifiez le chemin (c'est le fichier borne.pub)
cli-update-no-content = aucun contenu ne s'ouvre dans { $dir } : vérifiez le dossier de données (--data-dir)
cli-report-write-failed = le rapport n'a pas pu être écrit dans { $dir } : vérifiez le dossier et les droits d'écriture
cli-update-step-verify = vérification
cli-update-step-unpack = décompression
cli-update-step-check = contrôle
cli-update-step-compile = compilation
cli-update-step-switch = installation

cli-stats-open-failed = les statistiques de { $file } ne s'ouvrent pas : vérifiez le dossier de données (--data-dir)
cli-stats-export-failed = les statistiques n'ont pas pu être écrites dans { $dir } : choisissez un dossier où vous pouvez écrire
cli-stats-exported = { $sessions } visites, { $rows } lignes : { $files } dans { $dir }
cli-stats-merge-failed = rien n'a été fusionné dans { $dir } ; donnez des dossiers écrits par `borne stats export` ou par une borne sur une clé
cli-stats-used = pris : { $dir } ({ $kiosk }, exporté le { $date })
cli-stats-skipped = laissé de côté : { $dir } : { $reason }
cli-stats-warning = attention : { $warning }
cli-stats-merged = { $sessions } visites, { $rows } lignes dans { $dir }
cli-stats-skip-same-folder = même dossier que { $dir }
cli-stats-skip-not-an-export = ce n'est pas un export de statistiques (pas de manifest.json de borne)
cli-stats-skip-too-new = écrit par une version plus récente de borne (format { $format }) : mettez à jour borne sur cet ordinateur
cli-stats-skip-damaged = abîmé : { $detail }
cli-stats-skip-unreadable = illisible : { $detail }
cli-stats-skip-superseded = un export plus récent de cette borne est dans { $dir }
cli-stats-skip-same-export = le même export est déjà pris dans { $dir }
cli-stats-skip-renamed = cette borne a été renommée « { $name } », dont l'export plus récent compte déjà ces visites
cli-stats-skip-too-large = trop grand : { $detail }
cli-stats-skip-too-many-folders = une fusion lit au plus { $max } dossiers ; les autres sont laissés de côté

cli-keys-generate-failed = les clés n'ont pas pu être faites dans { $dir } (un borne.key y est-il déjà ? il n'est jamais écrasé)
cli-keys-public = clé publique : { $file } (mettez cette ligne dans [usb] trusted_keys) :
cli-keys-secret = clé secrète : { $file } (gardez-la en lieu sûr, jamais sur une borne)
cli-keys-authorize-failed = la clé USB { $stick } n'a pas pu être autorisée avec { $key } : vérifiez les deux chemins et le mot de passe (BORNE_KEY_PASSWORD)
cli-keys-authorized = { $file } écrit et signé : les bornes qui font confiance à cette clé copieront leurs statistiques sur cette clé USB

cli-config-unknown-setting = réglage inconnu : { $key } (`borne config show` les montre tous)
cli-pin-which-file = dites quel fichier de réglages reçoit le code : borne config set-pin --config FICHIER
cli-pin-no-file = { $file } n'existe pas : écrivez-y d'abord l'exemple (borne config example > { $file })
cli-pin-invalid = le code doit avoir de 4 à 12 chiffres (0 à 9), rien d'autre : rien n'a été écrit
cli-pin-hash-failed = le code n'a pas pu être chiffré : rien n'a été écrit
cli-pin-write-failed = { $file } n'a pas pu être modifié : vérifiez les droits d'écriture ; rien n'a été écrit
cli-pin-set = Le code est réglé dans { $file } : l'écran de maintenance le demandera quand la borne aura redémarré.
cli-pin-prompt = Nouveau code (4 à 12 chiffres) :{" "}
cli-pin-prompt-again = Le même code encore :{" "}
cli-pin-unreadable = le code n'a pas pu être lu
cli-pin-differ = les deux codes diffèrent : rien n'a été écrit
cli-pin-stdin-unreadable = le code n'a pas pu être lu sur l'entrée standard
cli-pin-stdin-empty = pas de code sur l'entrée standard : donnez-le sur la première ligne, par exemple echo 1234 | borne config set-pin --config FICHIER

## L'aide des commandes (--help). Clap ajoute lui-même « : » après un titre.

cli-help-heading-usage = Utilisation :
cli-help-heading-commands = Commandes{"\u202F"}
cli-help-heading-arguments = Arguments{"\u202F"}
cli-help-heading-options = Options{"\u202F"}
cli-help-help-command = Afficher cette aide, ou celle des commandes données
cli-help-arg-subcommand = La commande dont afficher l'aide
cli-help-value-command = COMMANDE
cli-help-value-dir = DOSSIER
cli-help-value-dirs = DOSSIERS
cli-help-value-out = SORTIE
cli-help-value-file = FICHIER
cli-help-value-config = FICHIER
cli-help-value-key = CLÉ
cli-help-value-bundle = PAQUET
cli-help-value-stick = CLÉ-USB
cli-help-value-data-dir = DOSSIER
cli-help-value-report-dir = DOSSIER
cli-help-value-pubkey = CLÉ-PUBLIQUE
cli-help-value-fail-under = POURCENTAGE
cli-help-value-format = FORMAT
cli-help-value-export = EXPORT
cli-help-value-structures = FICHIER
cli-help-value-commune = COMMUNE
cli-help-value-thematique = THÉMATIQUE
cli-help-arg-help = Afficher l'aide
cli-help-arg-version = Afficher la version
cli-help-arg-config = Fichier de réglages (voir `borne config example`)
cli-help-arg-data-dir = Le dossier de données de la borne (par défaut : celui des réglages)
cli-help-about = Borne tactile : droits sociaux et services, dans toutes les langues
cli-help-about--fullscreen = Plein écran (l'image de la borne l'est toujours)
cli-help-about--landscape = Disposition paysage (1920x1080) au lieu de portrait
cli-help-run = Lancer la borne (par défaut)
cli-help-screenshot = Dessiner un écran en PNG, sans affichage
cli-help-speak = Dire un écran ou un nœud dans un fichier WAV, ou afficher ce qui serait dit
cli-help-ticket = Dessiner le ticket imprimé d'un écran : un aperçu PNG ou les octets ESC/POS exacts
cli-help-mediator-page = Écrire la page hors ligne où les médiateurs lisent un ticket (sans réseau)
cli-help-handoff = Tickets : en lire un (pour les médiateurs), ou en faire un pour un écran

cli-help-content = Les outils des opérateurs pour les contenus
cli-help-content-check = Signaler chaque problème d'un contenu, avec son fichier et sa ligne
cli-help-content-check--dir = Le dossier du contenu (pack.toml, nodes.toml, locales/…)
cli-help-content-list = Un écran par ligne : ID, TYPE, TITRE (langue par défaut)
cli-help-content-list--dir = Le dossier du contenu
cli-help-content-build = Contrôler un contenu et écrire FICHIER.borne (un paquet à signer et à copier sur une clé USB), ou le compiler en FICHIER.sqlite
cli-help-content-build--dir = Le dossier du contenu
cli-help-content-build--out = Le fichier à écrire : .borne (paquet) ou .sqlite (contenu compilé)
cli-help-content-sign = Signer un paquet avec une clé secrète (écrit FICHIER.borne.minisig, comme `minisign -S`) ; le mot de passe est demandé, ou lu dans BORNE_KEY_PASSWORD
cli-help-content-sign--bundle = Le paquet (.borne) à signer
cli-help-content-sign--key = La clé secrète (borne.key)
cli-help-content-rollback = Revenir au contenu installé avant l'actuel (chaque mise à jour le garde)
cli-help-content-coverage = La part traduite de chaque langue (interface et contenu), avec son statut de relecture
cli-help-content-coverage--dir = Le dossier du contenu
cli-help-content-coverage--fail-under = Échouer quand une langue proposée est sous ce pourcentage (interface ou contenu), en la nommant
cli-help-content-coverage--all = Montrer aussi les langues de la borne que le contenu ne propose pas
cli-help-content-coverage--format = Ce qu'écrit la sortie standard : le tableau (table), du CSV (csv) ou un résumé Markdown (markdown)
cli-help-content-coverage--csv = Écrire aussi le tableau en CSV dans ce fichier
cli-help-content-coverage--markdown = Écrire aussi un résumé Markdown (pour une demande de fusion) dans ce fichier
cli-help-content-extract-default = Écrire la source du contenu intégré dans un dossier, pour partir de lui
cli-help-content-extract-default--dir = Le dossier où l'écrire
cli-help-content-import = Importer des services d'un référentiel national dans le services.toml d'un contenu
cli-help-content-import-data-inclusion = Fusionner un export data·inclusion (services et structures, JSON ou CSV) dans DOSSIER/services.toml : les entrées modifiées à la main sont gardées, et chaque changement est signalé
cli-help-content-import-data-inclusion--export = Le dossier de l'export (ses fichiers services et structures), ou son fichier services
cli-help-content-import-data-inclusion--out = Le services.toml du contenu ; le pack.toml du contenu relie les thématiques aux résultats
cli-help-content-import-data-inclusion--commune = Ne garder que les services de ces communes (codes INSEE)
cli-help-content-import-data-inclusion--thematique = Ne garder que les services de ces thématiques (une thématique garde ses sous-thématiques)
cli-help-content-import-data-inclusion--structures = Le fichier des structures, quand EXPORT est le fichier des services
cli-help-content-import-offers = Écrire les offres de logement d'un bailleur (un export CSV ou JSON, ses photos à côté ou dans son dossier photos/) dans DOSSIER/offers/BAILLEUR.toml, à la place de l'import précédent ; les photos sont réduites à 1024×768 en JPEG, sans leurs métadonnées (voir docs/offers.md)
cli-help-content-import-offers--file = L'export : CSV (« ; » ou « , », ligne d'en-tête) ou JSON (un tableau d'objets)
cli-help-content-import-offers--landlord = Le bailleur : l'identifiant de son service dans DOSSIER/services.toml
cli-help-content-import-offers--out = Le dossier du contenu (il contient pack.toml)

cli-help-update = Installer un paquet de contenu, comme la borne le fait depuis une clé USB
cli-help-update-apply = Vérifier, contrôler et installer FICHIER.borne (signature dans FICHIER.borne.minisig) : pour essayer un paquet sur un ordinateur avant de le copier sur une clé
cli-help-update-apply--bundle = Le paquet (.borne) à installer
cli-help-update-apply--pubkey = Un fichier de clé publique de confiance (.pub de minisign) ; sinon les clés des réglages
cli-help-update-apply--report-dir = Écrire aussi report.txt et report.json dans ce dossier

cli-help-stats = Statistiques anonymes (voir docs/privacy.md et docs/statistics.md)
cli-help-stats-export = Écrire les comptes de cette borne (CSV) et report.html dans un dossier
cli-help-stats-export--out = Le dossier où écrire
cli-help-stats-merge = Fusionner les exports de plusieurs bornes (chacune comptée une fois, son dernier export)
cli-help-stats-merge--dirs = Les dossiers d'export à fusionner
cli-help-stats-merge--out = Le dossier où écrire la fusion

cli-help-keys = Les clés qui signent les paquets de contenu (format minisign)
cli-help-keys-generate = Faire une paire de clés : DOSSIER/borne.pub (à donner aux bornes) et DOSSIER/borne.key (à garder en lieu sûr) ; le mot de passe est demandé, ou lu dans BORNE_KEY_PASSWORD
cli-help-keys-generate--dir = Le dossier où écrire les deux clés
cli-help-keys-authorize-stick = Faire de la clé USB montée en CLÉ la clé de l'opérateur : les bornes n'y copient leurs statistiques que si son autorisation est signée par une clé de confiance ; le mot de passe est demandé, ou lu dans BORNE_KEY_PASSWORD
cli-help-keys-authorize-stick--key = La clé secrète (borne.key) dont la moitié publique est dans les trusted_keys des bornes
cli-help-keys-authorize-stick--stick = Le dossier de la clé USB (là où elle est montée)

cli-help-config = Les réglages
cli-help-config-example = Afficher l'exemple commenté de fichier de réglages
cli-help-config-show = Afficher les réglages en vigueur (fichier et environnement appliqués)
cli-help-config-get = Afficher un réglage en vigueur, pour les scripts (par ex. `display.rotation`)
cli-help-config-get--key = Le réglage (section.nom)
cli-help-config-set-pin = Régler le code du technicien (4 à 12 chiffres) pour l'écran de maintenance : lu sur l'entrée standard (demandé deux fois, sans écho, sur un terminal) et écrit chiffré dans le fichier de réglages donné par --config, toutes les autres lignes gardées
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
check-hint-kind = kind = "question", "result", "info", "eligibility" ou "offers"
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
check-invalid-kind = le type « { $kind } » est inconnu : utilisez question, result, info, eligibility (tableau de plafonds) ou offers (offres des bailleurs)
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

cli-size-invalid = --size doit être LARGEURxHAUTEUR, chacune de 100 à 8000 pixels, par exemple 1080x1920 (portrait) ou 1920x1080 (paysage).
cli-help-preview = Montrer un dossier de contenu dans la fenêtre de la borne, en direct : chaque enregistrement le recharge
cli-help-preview--dir = Le dossier du contenu (pack.toml, nodes/, locales/…)
cli-help-content-proof = Une feuille d'épreuves pour les traducteurs et les relecteurs : chaque écran dans chaque langue à côté de la langue par défaut, les textes non traduits marqués (DOSSIER/index.html, sans réseau)
cli-help-content-proof--dir = Le dossier du contenu
cli-help-content-proof--out = Le dossier où écrire index.html et les écrans (png/)
cli-help-content-proof--lang = Seulement ces langues à côté de la langue par défaut (répéter, ou séparer par des virgules) ; toutes les langues du contenu sinon
cli-help-content-proof--node = Seulement ces écrans (identifiants) ; sinon chaque écran, plus l'aide, le ticket et l'urgence
cli-help-content-proof--no-screens = Les textes seulement, sans dessiner les écrans (quelques secondes au lieu de minutes)
cli-help-content-proof--jobs = Le nombre d'écrans dessinés à la fois (par défaut : un par cœur de processeur)
cli-help-content-proof--size = La disposition de la borne, LARGEURxHAUTEUR : 1080x1920 portrait, 1920x1080 paysage ; les images font la moitié

check-audio-not-wav = ce n'est pas un fichier WAV lisible ({ $detail }) : enregistrez-le en WAV, par exemple sox IN.mp3 -r 22050 -b 16 OUT.wav
check-audio-encoding = le son est codé en { $what } : un enregistrement doit être en PCM 16 bits (sox IN.wav -r 22050 -b 16 -e signed OUT.wav)
check-audio-channels = le son a { $count } canaux : un enregistrement est mono ou stéréo (sox IN.wav -c 1 OUT.wav)
check-audio-rate = le son est échantillonné à { $hz } Hz : un enregistrement doit être à 22050 Hz (sox IN.wav -r 22050 -b 16 OUT.wav)
check-audio-too-large = le fichier fait { $bytes } octets : un enregistrement fait au plus { $max } octets
check-audio-too-long = le son dure { $seconds } s : un enregistrement dure au plus { $max } s ; coupez le message en plusieurs
check-audio-empty = le fichier ne contient aucun son : enregistrez-le à nouveau

## Tableaux de plafonds et nœuds « eligibility » (tranche « eligibility »)
check-table-missing-source = le tableau « { $table } » ne dit pas d'où viennent ses montants : donnez le texte officiel (source = "https://…")
check-table-missing-year = le tableau « { $table } » ne dit pas pour quelle année valent ses montants : ajoutez year = AAAA
check-table-invalid-year = l'année { $year } n'est pas une année valable pour un tableau
check-table-old-year = le tableau « { $table } » donne les montants de { $year } (nous sommes en { $current }) : mettez-le à jour chaque janvier avec le texte officiel de l'année, puis changez year
check-table-unit = l'unité « { $unit } » est inconnue : écrivez unit = "year" (montants par an) ou "month" (par mois)
check-table-count = { $what ->
        [rows] le tableau a { $count } lignes (rows) : il en faut de 1 à { $max }
       *[columns] le tableau a { $count } colonnes (columns) : il en faut de 1 à { $max }
    }
check-table-duplicate = « { $id } » est écrit deux fois
check-table-unknown-row = la ligne « { $row } » n'est pas dans rows
check-table-amount-count = la ligne « { $row } » a { $count } montants pour { $columns } colonnes
check-table-amount-order = les montants de la ligne « { $row } » doivent être positifs et croître d'une colonne à la suivante
check-table-extra = extra a { $count } montants pour { $columns } colonnes (un montant positif ou nul par colonne, ajouté par personne en plus)
check-table-gap = la ligne « { $row } » a des montants alors qu'une ligne avant elle n'en a pas : écrivez les montants des premières lignes, extra donne les suivantes
check-table-missing-amounts = la ligne « { $row } » n'a pas de montants et le tableau n'a pas d'extra pour les calculer
check-table-missing-route = la colonne « { $column } » ne mène nulle part : ajoutez-la sous [routes] avec l'identifiant d'un nœud
check-table-route-key = [routes] nomme « { $key } », qui n'est ni une colonne ni above
check-table-shift = la question « { $key } » déplace d'un nombre de lignes impossible (shift vaut au moins 1 et reste dans le tableau)
check-table-unused = aucun nœud n'utilise le tableau « { $table } »
check-table-not-eligibility = le nœud « { $id } » nomme un tableau mais n'est pas de type eligibility
check-eligibility-no-table = le nœud « { $id } » est de type eligibility sans tableau : ajoutez table = "ID" (tables/ID.toml)
check-unknown-table = le tableau « { $table } » n'existe pas (tables/{ $table }.toml)
check-eligibility-choices = les choix du nœud « { $id } » doivent être exactement les nœuds où mène le tableau « { $table } » : { $nodes }
proof-kind-eligibility = « Ai-je droit ? » (tableau de plafonds)

## online: démarches en ligne officielles (« Continuer sur votre téléphone »)
check-online-malformed = « { $url } » n'est pas une adresse web valable ({ $detail }) : écrivez-la en entier, par exemple https://www.demande-logement-social.gouv.fr/
check-online-whitespace = l'adresse « { $url } » contient un espace ou un retour à la ligne : écrivez-la d'un seul tenant
check-online-not-https = l'adresse « { $url } » commence par { $scheme }:// : une démarche en ligne s'ouvre en https:// seulement
check-online-credentials = l'adresse « { $url } » contient un nom ou un mot de passe (avant @) : enlevez-les
check-online-port = l'adresse « { $url } » précise un port : donnez l'adresse du site sans « :numéro »
check-online-fragment = l'adresse « { $url } » contient une ancre (#…) : enlevez-la, le QR code ne porte que l'adresse de la page
check-online-not-domain = l'adresse « { $url } » n'a pas de nom de site (adresse IP) : donnez l'adresse du site de l'organisme
check-online-tracking = l'adresse « { $url } » contient le paramètre de suivi « { $name } » : enlevez-le, la borne ne fait pas suivre les personnes
check-online-unofficial = « { $host } » n'est pas un site officiel : seuls gouv.fr, les sites des organismes publics (service-public.fr, caf.fr, ameli.fr, msa.fr, francetravail.fr, info-retraite.fr, lassuranceretraite.fr, actionlogement.fr, visale.fr) et les noms déclarés dans pack.toml ([online] official_hosts) sont acceptés
check-online-host-invalid = « { $host } » n'est pas un nom de site : écrivez-le sans https:// ni chemin, en minuscules, par exemple mairie-exempleville.fr
check-online-not-result = le nœud « { $id } » n'est pas un résultat : seuls les résultats proposent une démarche en ligne (online = [...])
check-unknown-procedure = la démarche en ligne « { $id } » n'est pas dans online.toml
check-unused-procedure = la démarche en ligne « { $id } » n'est proposée par aucun résultat : ajoutez-la à online = [...] d'un résultat, ou supprimez-la
check-duplicate-procedure = l'identifiant de démarche en ligne « { $id } » est déjà utilisé ligne { $line }
## Offres des bailleurs (offers)
proof-kind-offers = offres de logement
check-offers-landlord = « { $landlord } » n'est pas un service de services.toml : le nom du fichier offers/{ $landlord }.toml est l'identifiant du bailleur, ajoutez ce service (son accueil dit comment candidater)
check-offers-count = ce fichier contient { $count } offres : un bailleur en a au plus { $max }
check-offer-duplicate = la référence « { $reference } » est déjà celle de l'offre de la ligne { $line }
check-offer-reference = la référence « { $value } » n'est pas valide : de 1 à 40 lettres sans accents, chiffres, « . », « _ » ou « - »
check-offer-commune = la commune « { $value } » n'est pas valide : un nom de 1 à 64 caractères, sur une ligne, sans espace au début ni à la fin
check-offer-postcode = le code postal « { $value } » doit avoir 5 chiffres
check-offer-rooms = { $value } pièces : rooms est un nombre de 1 à { $max } (1 pour un T1 ou un studio)
check-offer-surface = { $value } m² : surface_m2 est un nombre entier de 1 à { $max }
check-offer-rent = le loyer « { $value } » n'est pas valide : un montant en euros, plus de 0 et au plus { $max }, par exemple rent = 412.35
check-offer-charges = les charges « { $value } » ne sont pas valides : un montant en euros, de 0 à { $max }, par exemple charges = 58.50
check-offer-floor = l'étage { $value } n'est pas possible : de -3 à 80, 0 pour le rez-de-chaussée
check-offer-energy = l'étiquette énergie « { $value } » doit être une lettre de A à G
check-offer-expired = l'offre « { $reference } » a pris fin le { $date } : elle ne s'affichera pas ; `borne content import offers` retire ces offres
check-offer-photo-count = cette offre a { $count } photos : une offre en montre au plus { $max }
check-offer-photo-name = « { $name } » n'est pas un nom de photo valide : lettres minuscules sans accents, chiffres, « . », « _ », « - », terminé par .jpg
check-offer-photo-missing = la photo « { $name } » n'est pas dans offers/{ $landlord }/
check-offer-photo-unused = aucune offre ne montre cette photo : supprimez-la, ou ajoutez-la aux photos d'une offre
check-offer-photo-unreadable = cette photo ne peut pas être lue : { $detail }
check-offer-photo-bytes = cette photo fait plus de { $max } Kio : `borne content import offers` réduit les photos pour la borne
check-offer-photo-not-jpeg = cette photo n'est pas un fichier JPEG entier : `borne content import offers` convertit les photos pour la borne
check-offer-photo-undecodable = cette photo ne peut pas être décodée : { $detail }
check-offer-photo-dimensions = cette photo fait { $width }×{ $height } pixels : de { $min } à { $max } pixels de côté
check-landlords-not-offers = « { $id } » liste des bailleurs (landlords) mais n'est pas un nœud d'offres (kind = "offers")
check-offers-choices = le nœud d'offres « { $id } » a des choix : il termine le parcours, comme un résultat
