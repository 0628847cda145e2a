# Bengali — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = আপনার কাছাকাছি আপনার অধিকার ও সেবা
pack-help = একজন মানুষ বিনামূল্যে আপনাকে সাহায্য করতে পারেন: CCAS (পৌরসভার সমাজসেবা বিভাগ) অথবা France Services কেন্দ্র (কাগজপত্র ও সরকারি কাজে সাহায্য)।

## Home

node-home = মূল পাতা
    .question = আপনি কী খুঁজছেন?

## Topics (home tiles)

node-housing = বাসস্থান
    .question = আপনার বাসস্থানের জন্য কী দরকার?
node-health = স্বাস্থ্য
    .question = আপনার স্বাস্থ্যের জন্য কী দরকার?
node-money = টাকা-পয়সা
    .question = আপনি কোন সাহায্য খুঁজছেন?
node-work = কাজ
    .question = কাজের ব্যাপারে আপনি কী খুঁজছেন?
node-family = পরিবার
    .question = আপনার পরিবারের জন্য কী দরকার?
node-papers = কাগজপত্র ও সরকারি কাজ
    .question = আপনি কোন সরকারি কাজটি করতে চান?
node-justice = আইন ও অধিকার
    .question = আপনার সমস্যা কী?
node-food = খাবার, পোশাক, গোসল
    .question = আপনার কী দরকার?
node-emergency = জরুরি
    .question = কী হয়েছে?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = পৌরসভার সমাজসেবা বিভাগ: জরুরি সাহায্য, চিঠিপত্রের ঠিকানা (domiciliation), সহায়তা।
svc-france-services-exempleville = সরকারি কাজে বিনামূল্যে সাহায্য: CAF (পারিবারিক ভাতা), কর, স্বাস্থ্য, চাকরি, কাগজপত্র।
