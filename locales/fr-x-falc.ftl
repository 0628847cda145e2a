# Easy-to-read French (FALC) — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Touchez l'écran pour commencer.

nav-back = Retour
nav-home = Accueil
nav-language = Langue
nav-display = Affichage
nav-help = Aide
nav-emergency = Urgence
nav-listen = Écouter

crumbs-label = Vos choix
language-title = Choisissez votre langue

display-contrast = Couleurs plus fortes
display-text-size = Taille des lettres
display-on = Oui
display-off = Non
display-size-normal = Normale
display-size-large = Grande
display-size-largest = Très grande
display-volume = Volume du son
display-volume-level = { $count } / 5

result-documents = Les papiers à apporter
result-where = Où aller
service-example = Exemple. Ce lieu n'est pas un vrai lieu. Votre ville va mettre le vrai lieu ici.

badge-open = Ouvert maintenant
badge-open-until = Ouvert jusqu'à { $time }
badge-closed = Fermé
badge-closed-opens-today = Fermé. Ouvre aujourd'hui à { $time }
badge-closed-opens-tomorrow = Fermé. Ouvre demain à { $time }
badge-closed-opens-day = Fermé. Ouvre { $day } à { $time }
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
badge-unknown = Vérifiez les horaires

day-1 = lundi
day-2 = mardi
day-3 = mercredi
day-4 = jeudi
day-5 = vendredi
day-6 = samedi
day-7 = dimanche

emergency-title = Urgence
emergency-intro = Ces appels sont gratuits. Vous pouvez appeler le jour et la nuit. Vous pouvez appeler avec tous les téléphones.
emergency-112 = Numéro pour toutes les urgences, partout en Europe.
emergency-15 = SAMU : les secours pour la santé. Appelez si une personne est très malade ou blessée.
emergency-17 = Police ou gendarmerie : si vous êtes en danger, si on vous vole ou si on vous attaque.
emergency-18 = Pompiers : pour un feu ou un accident.
emergency-114 = Pour les personnes sourdes ou qui entendent mal. Vous pouvez envoyer un message écrit ou faire un appel vidéo.
emergency-115 = Pour les personnes qui n'ont pas de logement. Pour trouver un endroit où dormir.
emergency-119 = Pour un enfant en danger.
emergency-3919 = Pour les femmes qui subissent des violences. Vous pouvez parler sans dire votre nom.
emergency-3114 = Vous pensez à vous suicider ? Une personne vous écoute et vous aide.

help-title = Comment utiliser cet écran
help-step-touch = Touchez une image pour choisir. Touchez une seule fois.
help-step-back = Retour : pour revenir à l'écran d'avant.
help-step-home = Accueil : pour recommencer au début.
help-step-language = Langue : pour choisir une autre langue. Vous pouvez changer de langue quand vous voulez.
help-step-display = Affichage : pour avoir des lettres plus grandes ou des couleurs plus fortes.
help-step-emergency = Urgence : les numéros à appeler si vous êtes en danger.
help-step-privacy = L'écran ne garde rien. Quand vous partez, l'écran efface tout.
help-person-title = Parler à une personne

idle-title = Vous êtes toujours là ?
idle-countdown = { $count ->
    [one] L'écran va tout effacer dans { $count } seconde.
   *[other] L'écran va tout effacer dans { $count } secondes.
}
idle-continue = Oui, je continue

fallback-french = Ce texte n'est pas encore en français facile.

ticket-button = Mon ticket
ticket-title = Votre ticket
ticket-number = Ticket numéro { $number }
ticket-show = Allez dans un de ces lieux. Montrez ce code à une personne. Cette personne peut lire le code et vous aider.
ticket-photo = Vous pouvez prendre le code en photo avec votre téléphone. Le code ne dit rien sur vous.
ticket-print = Imprimer mon ticket
ticket-printing = Le ticket s'imprime…
ticket-printed = Votre ticket est prêt. Prenez votre ticket à l'imprimante.
ticket-print-no-paper = L'imprimante n'a plus de papier. Prenez le code en photo avec votre téléphone. Ou montrez cet écran à une personne.
ticket-print-failed = L'imprimante ne marche pas. Prenez le code en photo avec votre téléphone. Ou montrez cet écran à une personne.
mediator-title = Une personne lit votre ticket
mediator-answers = Vos réponses
mediator-continue = Continuer
mediator-end = Terminer
mediator-unreadable = Cet écran ne peut pas lire ce ticket.
mediator-discreet = Vos réponses ne sont pas sur le ticket. Comme ça, personne d'autre ne peut les lire. Vous pouvez dire à cette personne ce que vous cherchez.
update-title = L'écran se met à jour
update-wait = Ne retirez pas la clé USB.
update-step-verify = L'écran vérifie la signature.
update-step-unpack = L'écran ouvre la mise à jour.
update-step-check = L'écran vérifie le contenu.
update-step-compile = L'écran prépare le contenu.
update-step-switch = L'écran passe au nouveau contenu.
update-applied = Le nouveau contenu est installé.
update-refused = La mise à jour n'est pas installée. L'écran garde son contenu. La raison est écrite dans le rapport. Le rapport est sur la clé USB.
update-nothing = Il n'y a pas de mise à jour sur cette clé USB.
update-stats = Les statistiques sont copiées sur la clé USB.
update-write-failed = L'écran n'a pas pu écrire le rapport. La clé USB est peut-être pleine. Ou la clé USB est protégée.
update-remove = Vous pouvez retirer la clé USB.

speech-phone = Téléphone : { $number }
speech-no-voice = La borne ne peut pas encore parler dans cette langue. Vous pouvez écouter en français. Vous pouvez écouter en anglais.
listen-no-voice = La borne ne parle pas cette langue. Écoutez en français ou en anglais.
keypad-help = Pour utiliser le clavier : appuyez sur 2 pour aller au bouton suivant. Appuyez sur 8 pour revenir au bouton d'avant. Appuyez sur 5 pour choisir. Appuyez sur 0 pour revenir en arrière. Appuyez sur 7 pour revenir au début. Appuyez sur plus ou sur moins pour le son. Appuyez sur l'étoile pour écouter encore cette aide.
keypad-welcome = Le casque est branché. La borne lit l'écran. Appuyez sur l'étoile pour savoir comment faire.
listen-headphones = Branchez un casque pour écouter.
quick-exit = Partir vite
start-over = Recommencer
service-checked = Vérifié le { $date }
service-accessible = On peut entrer en fauteuil roulant
service-not-accessible = On ne peut pas entrer en fauteuil roulant
result-stale-hidden = { $count ->
    [one] Un lieu n'est pas montré
   *[other] { $count } lieux ne sont pas montrés
}. Ses informations sont trop anciennes. Demandez à une personne (bouton Aide).

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
hours-all-day = Ouvert jour et nuit
hours-public-holidays-closed = Fermé les jours fériés

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Ville
offers-filter-rooms = Pièces
offers-filter-rent = Loyer
offers-filter-wheelchair = Fauteuil roulant
offers-all = Tous
offers-clear-filters = Tout montrer
offers-count = { $count ->
    [0] Aucun logement pour ces choix
    [one] 1 logement
   *[other] { $count } logements
}
offers-page = { $first } à { $last } sur { $count }
offers-previous = Page d'avant
offers-next = Page d'après
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } par mois, avec les charges
offers-floor = { $floor ->
    [0] Rez-de-chaussée
    [1] 1er étage
   *[other] { $floor }e étage
}
offers-floor-lift = { $floor }, avec ascenseur
offers-floor-no-lift = { $floor }, sans ascenseur
offers-energy = Énergie { $label }
offers-energy-scale = { $label } (A : le logement use peu d'énergie. G : le logement use beaucoup d'énergie.)
offers-wheelchair-yes = Adapté au fauteuil roulant
offers-wheelchair-no = Pas adapté au fauteuil roulant
offers-available-now = Libre tout de suite
offers-available-from = Libre à partir du { $date }
offers-rooms = { $rooms ->
    [one] 1 pièce
   *[other] { $rooms } pièces
}
offers-rooms-or-more = { $rooms } pièces ou plus
offers-surface = { $surface } m²
offers-up-to = Jusqu'à { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = Dans quelle ville ?
offers-pick-rooms = Combien de pièces ?
offers-pick-rent = Loyer avec les charges : jusqu'à combien ?
offers-no-photo = Pas de photo
offers-photo = Photo { $n } sur { $count }
offers-photo-previous = Photo d'avant
offers-photo-next = Photo d'après
offers-how-to-apply = Comment demander ce logement
offers-apply-title = Demander ce logement
offers-apply-text = Faites votre demande à { $landlord }. Donnez la référence du logement : { $reference }. Vous devez aussi avoir une demande de logement social enregistrée. Apportez les papiers de la liste en dessous. Montrez votre ticket à une personne. Cette personne peut vous aider.
offers-fact-rent = Loyer
offers-fact-charges = Charges
offers-fact-rooms = Pièces
offers-fact-surface = Taille
offers-fact-floor = Étage
offers-fact-access = Accès
offers-fact-energy = Énergie
offers-fact-available = Quand ?
offers-fact-landlord = Propriétaire
offers-fact-reference = Référence

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Oui
elig-no = Non
elig-year-up-to = Jusqu'à { $max } € par an. C'est environ { $max-month } € par mois.
elig-year-between = De { $min } € à { $max } € par an. C'est environ { $min-month } à { $max-month } € par mois.
elig-year-above = { $min } € ou plus par an. C'est environ { $min-month } € par mois.
elig-month-up-to = Jusqu'à { $max } € par mois
elig-month-between = De { $min } € à { $max } € par mois
elig-month-above = { $min } € ou plus par mois

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Continuer sur votre téléphone
online-button-label = Continuer sur votre téléphone : { $name }
online-scan = Ouvrez l'appareil photo de votre téléphone. Visez ce code. Le site officiel s'ouvre sur votre téléphone. Vous faites la démarche quand vous voulez.
online-asks = Ce que le site va vous demander
online-private = Le code contient seulement l'adresse du site. Il ne contient rien sur vous.
