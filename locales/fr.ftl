# Textes de l'interface de la borne (pas du contenu).

attract-touch = Touchez l'écran pour commencer

nav-back = Retour
nav-home = Accueil
nav-language = Langue
nav-display = Affichage
nav-help = Aide
nav-emergency = Urgence
nav-listen = Écouter

crumbs-label = Vos choix
language-title = Choisissez votre langue

display-contrast = Contraste élevé
display-text-size = Taille du texte
display-on = Activé
display-off = Désactivé
display-size-normal = Normale
display-size-large = Grande
display-size-largest = Très grande
display-volume = Volume
display-volume-level = { $count } / 5

result-documents = Documents à apporter
result-where = Où aller
service-example = Exemple : ce lieu est à remplacer par le vrai lieu de votre ville.

badge-open = Ouvert maintenant
badge-open-until = Ouvert jusqu'à { $time }
badge-closed = Fermé
badge-closed-opens-today = Fermé, ouvre à { $time }
badge-closed-opens-tomorrow = Fermé, ouvre demain à { $time }
badge-closed-opens-day = Fermé, ouvre { $day } à { $time }
badge-closed-until = Fermé jusqu'au { $date ->
        [1] 1er
       *[other] { $date }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
badge-unknown = Horaires à vérifier

day-1 = lundi
day-2 = mardi
day-3 = mercredi
day-4 = jeudi
day-5 = vendredi
day-6 = samedi
day-7 = dimanche

emergency-title = Urgence
emergency-intro = Appelez gratuitement, jour et nuit, depuis n'importe quel téléphone.
emergency-112 = Numéro d'urgence européen, depuis tous les pays
emergency-15 = SAMU : urgence médicale
emergency-17 = Police ou gendarmerie
emergency-18 = Pompiers : incendie, accident
emergency-114 = Personnes sourdes ou malentendantes : par SMS ou visio
emergency-115 = Sans abri : hébergement d'urgence
emergency-119 = Enfant en danger
emergency-3919 = Violences faites aux femmes : écoute anonyme
emergency-3114 = Idées suicidaires : prévention du suicide

help-title = Comment utiliser la borne
help-step-touch = Touchez une image pour choisir. Une seule touche suffit.
help-step-back = Retour : revenir à l'écran d'avant.
help-step-home = Accueil : recommencer depuis le début.
help-step-language = Langue : choisir une autre langue à tout moment.
help-step-display = Affichage : texte plus grand ou contraste élevé.
help-step-emergency = Urgence : les numéros à appeler en cas de danger.
help-step-privacy = Rien n'est gardé : quand vous partez, la borne efface tout.
help-person-title = Parler à une personne

idle-title = Êtes-vous toujours là ?
idle-countdown = { $count ->
    [one] La borne s'efface dans { $count } seconde.
   *[other] La borne s'efface dans { $count } secondes.
}
idle-continue = Continuer

fallback-french = Pas encore traduit : texte en français

ticket-button = Mon ticket
ticket-title = Votre ticket
ticket-number = Ticket n° { $number }
ticket-show = Montrez ce code à une personne dans un de ces lieux : elle pourra le lire et vous aider.
ticket-photo = Vous pouvez le prendre en photo avec votre téléphone. Il ne contient aucun renseignement sur vous.
ticket-print = Imprimer mon ticket
ticket-printing = Impression du ticket…
ticket-printed = Votre ticket est imprimé. Prenez-le à l'imprimante.
ticket-print-no-paper = L'imprimante n'a plus de papier. Prenez le code en photo avec votre téléphone, ou montrez cet écran à une personne.
ticket-print-failed = L'imprimante ne marche pas en ce moment. Prenez le code en photo avec votre téléphone, ou montrez cet écran à une personne.
mediator-title = Une personne lit votre ticket
mediator-answers = Vos réponses
mediator-continue = Continuer
mediator-end = Terminer
mediator-unreadable = Ce ticket ne peut pas être lu sur cette borne.
mediator-discreet = Vos réponses ne sont pas écrites sur le ticket, pour que personne d'autre ne puisse les lire. Vous pouvez dire à cette personne ce que vous cherchez.
update-title = Mise à jour de la borne
update-wait = Ne retirez pas la clé USB.
update-step-verify = Vérification de la signature
update-step-unpack = Ouverture de la mise à jour
update-step-check = Vérification du contenu
update-step-compile = Préparation du contenu
update-step-switch = Passage au nouveau contenu
update-applied = Le nouveau contenu est installé.
update-refused = La mise à jour n'a pas été installée. La borne garde son contenu. La raison est écrite dans le rapport sur la clé USB.
update-nothing = Il n'y a pas de mise à jour sur cette clé USB.
update-stats = Les statistiques ont été copiées sur la clé USB.
update-write-failed = Le rapport n'a pas pu être écrit : la clé USB est protégée en écriture ou pleine.
update-remove = Vous pouvez retirer la clé USB.

speech-phone = Téléphone : { $number }
speech-no-voice = Cet écran ne peut pas encore être lu à voix haute dans cette langue. Vous pouvez l'écouter en français ou en anglais.
listen-no-voice = Pas de voix dans cette langue : écoute en français et en anglais.
keypad-help = Clavier : les flèches haut et bas, ou 8 et 2, passent d'un bouton à l'autre. La touche du milieu, 5, ou Entrée appuie sur le bouton. 0 revient en arrière, 7 revient à l'accueil. Plus et moins règlent le volume. L'étoile répète cette aide.
keypad-welcome = Casque branché : la borne lit l'écran à voix haute. Appuyez sur l'étoile du clavier pour savoir comment l'utiliser.
listen-headphones = Branchez un casque pour écouter.
quick-exit = Partir vite
start-over = Recommencer
service-checked = Vérifié le { $date }
service-accessible = Accessible en fauteuil roulant
service-not-accessible = Pas accessible en fauteuil roulant
result-stale-hidden = { $count ->
    [one] Un lieu n'est pas montré
   *[other] { $count } lieux ne sont pas montrés
} : ses informations n'ont pas été vérifiées depuis trop longtemps. Demandez à une personne de l'accueil (bouton Aide).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Lundi
hours-day-2 = Mardi
hours-day-3 = Mercredi
hours-day-4 = Jeudi
hours-day-5 = Vendredi
hours-day-6 = Samedi
hours-day-7 = Dimanche
hours-time = { $minute ->
        [0] { $hour } h
       *[other] { $hour } h { $mm }
    }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days } : { $hours }
hours-all-day = 24 h sur 24
hours-public-holidays-closed = Fermé les jours fériés

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Commune
offers-filter-rooms = Pièces
offers-filter-rent = Loyer
offers-filter-wheelchair = Fauteuil roulant
offers-all = Tous
offers-clear-filters = Tout afficher
offers-count = { $count ->
    [0] Aucun logement ne correspond à ces choix
    [one] 1 logement
   *[other] { $count } logements
}
offers-page = { $first } à { $last } sur { $count }
offers-previous = Précédents
offers-next = Suivants
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } par mois, charges comprises
offers-floor = { $floor ->
    [0] Rez-de-chaussée
    [1] 1er étage
   *[other] { $floor }e étage
}
offers-floor-lift = { $floor }, ascenseur
offers-floor-no-lift = { $floor }, sans ascenseur
offers-energy = Énergie { $label }
offers-energy-scale = { $label } (de A, très économe, à G, très énergivore)
offers-wheelchair-yes = Accessible en fauteuil roulant
offers-wheelchair-no = Non adapté au fauteuil roulant
offers-available-now = Libre maintenant
offers-available-from = Libre à partir du { $date }
offers-rooms = { $rooms ->
    [one] 1 pièce
   *[other] { $rooms } pièces
}
offers-rooms-or-more = { $rooms } pièces ou plus
offers-surface = { $surface } m²
offers-up-to = Jusqu'à { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = Dans quelle commune ?
offers-pick-rooms = Combien de pièces ?
offers-pick-rent = Jusqu'à quel loyer, charges comprises ?
offers-no-photo = Pas de photo
offers-photo = Photo { $n } sur { $count }
offers-photo-previous = Photo précédente
offers-photo-next = Photo suivante
offers-how-to-apply = Comment faire une demande
offers-apply-title = Demander ce logement
offers-apply-text = Adressez votre demande à { $landlord } en donnant la référence { $reference }. Il faut aussi une demande de logement social enregistrée. Apportez les documents ci-dessous. Votre ticket permet à une personne de vous aider.
offers-fact-rent = Loyer
offers-fact-charges = Charges
offers-fact-rooms = Pièces
offers-fact-surface = Surface
offers-fact-floor = Étage
offers-fact-access = Accès
offers-fact-energy = Énergie
offers-fact-available = Disponibilité
offers-fact-landlord = Bailleur
offers-fact-reference = Référence

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Oui
elig-no = Non
elig-year-up-to = Jusqu'à { $max } € par an (environ { $max-month } € par mois)
elig-year-between = De { $min } € à { $max } € par an (environ { $min-month } à { $max-month } € par mois)
elig-year-above = { $min } € ou plus par an (environ { $min-month } € par mois)
elig-month-up-to = Jusqu'à { $max } € par mois
elig-month-between = De { $min } € à { $max } € par mois
elig-month-above = { $min } € ou plus par mois

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Continuer sur votre téléphone
online-button-label = Continuer sur votre téléphone : { $name }
online-scan = Ouvrez l'appareil photo de votre téléphone et visez ce code : le site officiel s'ouvre. Vous continuez la démarche sur votre téléphone, à votre rythme.
online-asks = Ce que le site va vous demander
online-private = Le code contient seulement l'adresse du site officiel, rien sur vous.
