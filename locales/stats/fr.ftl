# Textes du rapport de statistiques (report.html) et des fichiers CSV lisibles.

report-title = Statistiques d'usage de la borne
report-title-many = Statistiques d'usage de { $count } bornes
report-kiosk = Borne : { $name }
report-kiosks = Bornes : { $names }
report-period = Période : du { $first } au { $last }
report-no-data = Aucune visite n'a encore été comptée.
report-generated = Rapport produit le { $date } à { $time }.
report-small-note = « < 5 » signifie « de 1 à 4 » : un nombre plus petit que 5 n'est jamais affiché, pour qu'on ne puisse reconnaître personne. Dans les graphiques, ces barres sont hachurées et n'ont pas leur vraie hauteur.
report-masked-note = « masqué » : ce nombre est caché lui aussi, sinon on pourrait retrouver un petit nombre par soustraction à partir du total.
report-show-table = Voir le tableau
report-none = Aucune donnée.

section-summary = En bref
section-kiosks = Visites par borne
section-time-day = Visites par jour
section-time-week = Visites par semaine
section-time-month = Visites par mois
section-hours = Visites selon l'heure de la journée
section-languages = Langues choisies
section-topics = Thèmes consultés
section-results = Résultats atteints
section-nodes = Questions parcourues
section-tickets = Tickets
section-ends = Fin des visites
section-privacy = Confidentialité

privacy-text = Ces chiffres sont des compteurs : la borne ne garde ni nom, ni identifiant de visite, ni l'ordre des écrans. Les visites sont comptées par heure ; les langues, thèmes, résultats, tickets et fins de visite par semaine. Un nombre plus petit que 5 n'est pas affiché.

col-kiosk = Borne
col-day = Jour
col-week = Semaine du
col-month = Mois
col-hour = Heure
col-language = Langue
col-topic = Thème
col-result = Résultat
col-node = Question
col-ticket = Ticket
col-end = Fin de la visite
col-what = Indicateur
col-count = Nombre

figure-sessions = Visites
figure-completed = Parcours menés jusqu'à un résultat
figure-timeout = Visites arrêtées faute d'activité
figure-quick-exit = Sorties rapides
figure-start-over = Visites recommencées
figure-tickets-shown = Tickets affichés à l'écran
figure-tickets-printed = Tickets imprimés
figure-tickets-failed = Impressions de ticket échouées
figure-emergency = Ouvertures de l'écran des urgences
figure-stick-visits = Passages d'une clé USB

end-completed = Parcours terminé
end-timeout = Arrêt faute d'activité
end-quick-exit = Sortie rapide
end-start-over = Recommencé

ticket-shown = Affiché à l'écran
ticket-printed = Imprimé
ticket-failed = Impression échouée

hour-of-day = { $hour } h
small = < 5
masked = masqué
# Un thème ou un résultat compté qui n'est plus dans le contenu installé (son identifiant).
report-removed = { $id } (retiré du contenu)

# Noms des langues de la borne (code → nom en français).
lang-fr = français
lang-fr-x-falc = français facile
lang-en = anglais
lang-ar = arabe
lang-prs = dari
lang-ps = pachto
lang-uk = ukrainien
lang-ru = russe
lang-ro = roumain
lang-es = espagnol
lang-pt = portugais
lang-tr = turc
lang-ka = géorgien
lang-ti = tigrigna
lang-bn = bengali
lang-sq = albanais

# Logement : « Ai-je droit ? » et offres des bailleurs.
section-eligibility = « Ai-je droit ? » : vérifications faites, par barème
col-table = Barème
section-offer-communes = Offres de logement consultées, par commune
col-commune = Commune
section-offer-rooms = Offres de logement consultées, par taille
col-rooms = Taille
offer-rooms = { $rooms ->
        [1] 1 pièce (T1)
        [5] 5 pièces ou plus
       *[other] { $rooms } pièces (T{ $rooms })
    }
section-offer-landlords = Offres de logement consultées, par bailleur
col-landlord = Bailleur
section-offer-filters = Filtres utilisés pour chercher un logement
col-filter = Filtre
filter-commune = Commune : { $commune }
filter-rooms = Pièces : { $rooms ->
        [5] 5 ou plus
       *[other] { $rooms }
    }
filter-max-rent = Loyer et charges jusqu'à { $euros } €
filter-wheelchair = Accessible en fauteuil roulant
