# Georgian — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = თქვენი უფლებები და სერვისები თქვენთან ახლოს
pack-help = ადამიანი უფასოდ დაგეხმარებათ: CCAS-ში (მერიის სოციალური სამსახური) ან France Services-ის ცენტრში (დახმარება საბუთებსა და ადმინისტრაციულ საქმეებში).

## Home

node-home = მთავარი
    .question = რას ეძებთ?

## Topics (home tiles)

node-housing = საცხოვრებელი
    .question = რა გჭირდებათ საცხოვრებლისთვის?
node-health = ჯანმრთელობა
    .question = რა გჭირდებათ ჯანმრთელობისთვის?
node-money = ფული
    .question = რა დახმარებას ეძებთ?
node-work = სამუშაო
    .question = სამუშაოსთან დაკავშირებით რას ეძებთ?
node-family = ოჯახი
    .question = რა სჭირდება თქვენს ოჯახს?
node-papers = საბუთები და პროცედურები
    .question = რისი მოგვარება გსურთ?
node-justice = სამართალი და უფლებები
    .question = რა პრობლემა გაქვთ?
node-food = კვება, ტანსაცმელი, ჰიგიენა
    .question = რა გჭირდებათ?
node-emergency = გადაუდებელი დახმარება
    .question = რა ხდება?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = მერიის სოციალური სამსახური: გადაუდებელი დახმარება, საფოსტო მისამართი (domiciliation), მხარდაჭერა.
svc-france-services-exempleville = უფასო დახმარება ადმინისტრაციულ საქმეებში: CAF (ოჯახური შემწეობები), გადასახადები, ჯანმრთელობა, სამუშაო, საბუთები.
