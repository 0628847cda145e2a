# Rapport écrit sur la clé USB après chaque passage (en français, pour les opérateurs).

report-title = Rapport de la borne { $kiosk } — { $date }
report-none = Aucune mise à jour sur cette clé (aucun fichier .borne dans le dossier borne/).
report-found = Trouvé : { $file }
report-applied = Installé : contenu { $pack } version { $version } ({ $nodes } écrans, { $languages } langues). Version précédente : { $previous }. Elle est gardée : `borne content rollback` y revient.
report-refused = Refusé : { $reason }
report-kept = Le contenu de la borne n'a pas changé.
report-stats = Statistiques copiées dans borne/stats/ ({ $files } fichiers).
report-stats-failed = Les statistiques n'ont pas pu être copiées : { $reason }
report-remove = Vous pouvez retirer la clé USB.

# Les raisons d'un refus, en mots simples.
reason-no-signature = il manque la signature ({ $file }.minisig) : signez le fichier avec `borne content sign` ou `minisign -S`.
reason-unknown-key = le fichier est signé avec une clé que cette borne ne connaît pas (ajoutez la clé publique dans [usb] trusted_keys).
reason-bad-signature = la signature ne correspond pas au fichier : il a été modifié ou abîmé après la signature.
reason-no-trusted-keys = aucune clé de confiance n'est réglée sur cette borne ([usb] trusted_keys dans borne.toml).
reason-other-pack = ce fichier contient un autre contenu ({ $found }) que celui de la borne ({ $installed }).
reason-not-newer = la version { $found } n'est pas plus récente que celle installée ({ $installed }).
reason-needs-newer-borne = ce contenu demande une version plus récente du logiciel de la borne ({ $version }).
reason-invalid-pack = le contenu a { $count } erreur(s) ; la première : { $first }
reason-unsafe = le fichier contient quelque chose d'interdit ou de dangereux ({ $detail }).
reason-damaged = le fichier est abîmé ou n'est pas un fichier de contenu borne ({ $detail }).
reason-storage = la borne n'a pas pu écrire le nouveau contenu ({ $detail }).
reason-legacy-signature = le fichier est signé dans l'ancien format de minisign : signez-le avec `minisign -S` sans `-l`, ou avec `borne content sign`.
reason-signature-too-large = le fichier de signature est trop grand (plus de { $max } octets) : ce n'est pas une signature minisign.
reason-unreadable-signature = le fichier de signature (.minisig) ne peut pas être lu comme une signature minisign ({ $detail }).
reason-stick-unreadable = le fichier n'a pas pu être lu sur la clé ({ $detail }).

# Les statistiques ne partent que sur la clé de l'opérateur.
report-stats-not-authorized = Les statistiques ne sont copiées que sur une clé autorisée par l'opérateur (borne keys authorize-stick --key borne.key --stick <dossier de la clé>). Elles n'ont pas été copiées : { $reason }
token-missing = cette clé ne porte pas d'autorisation (borne/operator.token et sa signature).
token-signature = l'autorisation n'est pas signée par une clé de confiance de cette borne ({ $detail }).
token-invalid = l'autorisation n'est pas valable ({ $detail }).

# Un fichier .borne refusé à cause de ce qu'il contient : la borne n'y est pour rien.
bundle-unreadable = le fichier n'a pas pu être lu sur la clé ({ $detail }).
bundle-not-a-bundle = ce n'est pas un fichier de contenu borne (une archive tar compressée par gzip, comme en écrit `borne content build`).
bundle-no-manifest = le fichier ne commence pas par sa description (manifest.toml) : il n'a pas été fait par `borne content build`.
bundle-bad-manifest = la description du contenu (manifest.toml) est illisible ({ $detail }).
bundle-newer-format = ce fichier est au format { $format }, plus récent que ce que lit cette borne : mettez à jour le logiciel de la borne.
bundle-too-large = le fichier dépasse la taille permise ({ $max } octets).
bundle-absolute-path = l'élément « { $entry } » a un chemin absolu, ce qui est interdit par sécurité.
bundle-parent-path = l'élément « { $entry } » sort de son dossier (..), ce qui est interdit par sécurité.
bundle-link = l'élément « { $entry } » est un lien, ce qui est interdit par sécurité.
bundle-special-file = l'élément « { $entry } » est un périphérique, un tube ou un autre fichier spécial, ce qui est interdit par sécurité.
bundle-duplicate = l'élément « { $entry } » apparaît deux fois dans le fichier.
bundle-path-conflict = l'élément « { $entry } » utilise un fichier comme dossier.
bundle-path-too-long = le chemin de l'élément « { $entry } » est trop long (au plus { $max } octets, et 255 par nom) : le fichier est refusé, la borne n'est pas en cause.
bundle-path-too-deep = l'élément « { $entry } » est rangé trop profond (au plus { $max } dossiers imbriqués) : le fichier est refusé, la borne n'est pas en cause.
bundle-bad-name = le nom de l'élément « { $entry } » n'est pas du texte valide.
bundle-outside-pack = l'élément « { $entry } » est en dehors du dossier du contenu (pack/).
bundle-too-many-entries = le fichier contient plus de { $max } éléments.
bundle-file-too-large = l'élément « { $entry } » dépasse la taille permise.
bundle-unpacks-too-large = une fois décompressé, le contenu dépasserait { $max } octets.
bundle-compression-ratio = le contenu se décompresse en plus de { $ratio } fois sa taille (bombe de décompression).
bundle-manifest-count = sa description annonce { $said-files } fichiers et { $said-bytes } octets, mais l'archive contient { $files } fichiers et { $bytes } octets.
bundle-trailing-data = des données suivent la fin de l'archive : le fichier a été abîmé ou modifié après sa fabrication.
bundle-changed = le fichier a changé pendant sa lecture : recopiez-le sur la clé et rebranchez-la.
bundle-damaged = le fichier est abîmé ({ $detail }) : refaites-le avec `borne content build` et recopiez-le.
