# Albanian — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = Të drejtat dhe shërbimet tuaja pranë jush
pack-help = Një person mund t'ju ndihmojë falas: në CCAS (shërbimi social i bashkisë) ose në zyrën France Services (ndihmë me dokumentet dhe procedurat administrative).

## Home

node-home = Kreu
    .question = Çfarë kërkoni?

## Topics (home tiles)

node-housing = Banesa
    .question = Çfarë ju duhet për banesën tuaj?
node-health = Shëndeti
    .question = Çfarë ju duhet për shëndetin tuaj?
node-money = Paratë
    .question = Çfarë ndihme kërkoni?
node-work = Puna
    .question = Çfarë kërkoni për punën?
node-family = Familja
    .question = Çfarë ju duhet për familjen tuaj?
node-papers = Dokumente dhe procedura
    .question = Çfarë procedure doni të bëni?
node-justice = Drejtësia dhe të drejtat
    .question = Cili është problemi juaj?
node-food = Ushqim, veshje, higjienë
    .question = Çfarë ju duhet?
node-emergency = Urgjenca
    .question = Çfarë po ndodh?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Shërbimi social i bashkisë: ndihmë urgjente, adresë postare (domiciliation), mbështetje.
svc-france-services-exempleville = Ndihmë falas për procedurat tuaja: CAF (shtesat familjare), taksat, shëndeti, puna, dokumentet.
