# Turkish — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = Yakınınızdaki haklarınız ve hizmetler
pack-help = Bir kişi size ücretsiz yardım edebilir: CCAS (belediyenin sosyal hizmeti) veya France Services ofisi (resmî işlemler ve evraklar için yardım).

## Home

node-home = Ana sayfa
    .question = Ne arıyorsunuz?

## Topics (home tiles)

node-housing = Konut
    .question = Konutunuzla ilgili neye ihtiyacınız var?
node-health = Sağlık
    .question = Sağlığınızla ilgili neye ihtiyacınız var?
node-money = Para
    .question = Hangi yardımı arıyorsunuz?
node-work = İş
    .question = İşle ilgili ne arıyorsunuz?
node-family = Aile
    .question = Aileniz için neye ihtiyacınız var?
node-papers = Evraklar ve işlemler
    .question = Hangi işlemi yapmak istiyorsunuz?
node-justice = Adalet ve haklar
    .question = Sorununuz nedir?
node-food = Yemek, giyim, yıkanma
    .question = Neye ihtiyacınız var?
node-emergency = Acil durum
    .question = Ne oluyor?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Belediyenin sosyal hizmeti: acil yardım, posta adresi (domiciliation), destek.
svc-france-services-exempleville = İşlemleriniz için ücretsiz yardım: CAF (aile yardımları), vergiler, sağlık, iş, evraklar.
