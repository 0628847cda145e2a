# Russian — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = Ваши права и услуги рядом с вами
pack-help = Вам бесплатно поможет человек: в CCAS (социальная служба мэрии) или в центре France Services (помощь с документами и оформлением).

## Home

node-home = Главная
    .question = Что вы ищете?

## Topics (home tiles)

node-housing = Жильё
    .question = Чем вам помочь с жильём?
node-health = Здоровье
    .question = Чем вам помочь со здоровьем?
node-money = Деньги
    .question = Какую помощь вы ищете?
node-work = Работа
    .question = Что вы ищете по работе?
node-family = Семья
    .question = Что нужно вашей семье?
node-papers = Документы и оформление
    .question = Что вы хотите оформить?
node-justice = Правосудие и права
    .question = В чём ваша проблема?
node-food = Еда, одежда, гигиена
    .question = Что вам нужно?
node-emergency = Срочная помощь
    .question = Что случилось?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Социальная служба мэрии: срочная помощь, почтовый адрес (domiciliation), сопровождение.
svc-france-services-exempleville = Бесплатная помощь с административными делами: CAF (семейные пособия), налоги, здоровье, работа, документы.
