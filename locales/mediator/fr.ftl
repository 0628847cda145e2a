# Textes pour les médiateurs (en français) : lecture d'un ticket.

ticket-title = Ticket n° { $ticket }
ticket-when = Émis le { $date } vers { $hour } h, par la borne { $kiosk }
ticket-language = Langue de la personne : { $name } ({ $code })
ticket-language-unknown = Langue de la personne : inconnue (n° { $index })
ticket-pack-ok = Contenu : { $pack } { $version } (le même que sur ce poste)
ticket-path = Parcours :
ticket-step = { $n }. { $title }
ticket-step-result = { $n }. { $title } (résultat)
ticket-result-text = À retenir : { $text }
ticket-documents = Documents à apporter : { $list }
ticket-where = Où aller : { $list }
ticket-steps-only = Parcours (numéros des choix) : { $steps }
ticket-no-content = Sans contenu chargé, seuls le numéro, la date, la langue et les numéros de choix sont lisibles.
ticket-other-pack = Ce ticket vient d'un autre contenu que celui de ce poste : le parcours ne peut pas être affiché.
ticket-other-version = Ce ticket vient de la version { $version } du contenu (ce poste a la { $mine }) : le parcours ne peut pas être affiché avec certitude.
ticket-other-content = Ce ticket vient d'une autre compilation de cette version du contenu : le parcours ne peut pas être affiché avec certitude.
ticket-bad-step = Le parcours du ticket ne correspond pas à ce contenu (étape { $step }).
ticket-unreadable = Ce ticket ne peut pas être lu : { $reason }
ticket-error-empty = le code est vide
ticket-error-encoding = ces caractères ne forment pas un code de borne
ticket-error-truncated = le code est incomplet (il manque une partie)
ticket-error-future = il a été fait par une version plus récente de borne (format { $version }) : mettez ce poste à jour
ticket-error-check = le code est abîmé (la valeur de contrôle ne correspond pas)
ticket-error-path = le parcours est trop long ({ $steps } étapes)

# Page hors ligne pour les médiateurs (borne mediator-page).
page-title = Lire un ticket de borne
page-intro = Ouvrez cette page avec l'adresse complète du ticket (après le signe #), ou collez le code ci-dessous.
page-code-label = Code du ticket
page-read = Lire
page-ticket = Ticket n° { $ticket } — émis le { $date } vers { $hour } h, par la borne { $kiosk }
page-person-language = Langue de la personne : { $name } ({ $code })
page-french = Français
page-path = Parcours
page-documents = Documents à apporter
page-where = Où aller
page-unknown = Ce code ne peut pas être lu : il est incomplet ou abîmé.
page-other = Ce ticket vient d'un autre contenu ou d'une autre version : seuls le numéro, la date et la langue sont sûrs.
page-privacy = Cette page fonctionne sans réseau. Le code reste dans votre navigateur : il n'est envoyé nulle part.

# Vue médiateur sur la borne (ticket scanné).
kiosk-french = Français
kiosk-continue = Continuer le parcours
kiosk-end = Terminer et effacer
kiosk-result-text = À retenir
kiosk-documents = Documents à apporter
kiosk-where = Où aller
