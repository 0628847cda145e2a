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
cli-rollback-failed = rien n'a changé : { $reason } (une version précédente n'est gardée qu'après une mise à jour)
cli-list-has-errors = le contenu de { $dir } a des erreurs : corrigez-les pour le lister (`borne content check { $dir }`).
cli-import-failed = l'import de { $file } n'a pas pu se faire ; rien n'a été écrit
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
