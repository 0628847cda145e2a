# Textes pour les médiateurs (en français) : lecture d'un ticket.
# Un ticket sans parcours (résultat discret) peut être lu par quiconque le trouve, avec la
# page publique : ces textes ne disent donc ni « discret » ni rien du sujet.

ticket-title = Ticket n° { $ticket }
ticket-when = Émis le { $date } vers { $hour } h, par la borne { $kiosk }
ticket-when-future = Émis le { $date } vers { $hour } h, par la borne { $kiosk }. Attention : c'est plus d'un jour après la date de ce poste ; l'horloge de la borne ou celle de ce poste est fausse, ou le code a été fabriqué.
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
ticket-discreet = Le parcours n'est pas écrit sur ce ticket : demandez à la personne ce qu'elle cherche.
ticket-bad-step = Le parcours du ticket ne correspond pas à ce contenu (étape { $step }).
ticket-unreadable = Ce ticket ne peut pas être lu : { $reason }
ticket-error-empty = le code est vide
ticket-error-encoding = ces caractères ne forment pas un code de borne
ticket-error-truncated = le code est incomplet (il manque une partie)
ticket-error-future = il a été fait par une version plus récente de borne (format { $version }) : mettez ce poste à jour
ticket-error-check = le code est abîmé (la valeur de contrôle ne correspond pas)
ticket-error-path = le parcours est trop long ({ $steps } étapes)
ticket-error-date = la date qu'il porte est impossible (après 2100) : le code est abîmé ou fabriqué
ticket-error-flags = il porte des indications que cette version de borne ne connaît pas : mettez ce poste à jour
ticket-error-discreet = il dit ne pas porter de parcours mais en porte un : le code est abîmé ou fabriqué

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
page-bad-date = Ce code ne peut pas être lu : la date qu'il porte est impossible (après 2100). Il est abîmé ou fabriqué.
page-newer = Ce ticket a été fait par une version plus récente de borne : demandez une page à jour.
page-future = Attention : ce ticket est daté de plus d'un jour après aujourd'hui. L'horloge de la borne est peut-être fausse, ou le code a été fabriqué.
page-discreet = Le parcours n'est pas écrit sur ce ticket : demandez à la personne ce qu'elle cherche.
page-other = Ce ticket vient d'un autre contenu ou d'une autre version : seuls le numéro, la date et la langue sont sûrs.
page-privacy = Cette page fonctionne sans réseau. Le code reste dans votre navigateur : il n'est envoyé nulle part.

# Vue médiateur sur la borne (ticket scanné).
kiosk-french = Français
kiosk-continue = Continuer le parcours
kiosk-end = Terminer et effacer
kiosk-result-text = À retenir
kiosk-documents = Documents à apporter
kiosk-where = Où aller
kiosk-discreet = Le parcours n'est pas écrit sur ce ticket : demandez à la personne ce qu'elle cherche.
