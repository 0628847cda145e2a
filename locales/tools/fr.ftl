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
