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
reason-bundle-too-large = le fichier fait plus de { $max } Mo, la taille la plus grande qu'une borne accepte.
reason-stick-unreadable = le fichier n'a pas pu être lu sur la clé ({ $detail }).

# Les statistiques ne partent que sur la clé de l'opérateur.
report-stats-not-authorized = Les statistiques ne sont copiées que sur une clé autorisée par l'opérateur (borne keys authorize-stick --key borne.key --stick <dossier de la clé>). Elles n'ont pas été copiées : { $reason }
token-missing = cette clé ne porte pas d'autorisation (borne/operator.token et sa signature).
token-signature = l'autorisation n'est pas signée par une clé de confiance de cette borne ({ $detail }).
token-invalid = l'autorisation n'est pas valable ({ $detail }).
