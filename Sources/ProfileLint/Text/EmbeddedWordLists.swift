// GENERATED FILE: do not edit. Regenerate with `swift run profilelint-generate`.
/// The word lists from `Rules/lists/`, compiled into the binary: each file's phrases, one per
/// line, without comments. `Rules/lists/` is the single source of truth; `GeneratedFilesTests`
/// fails when this file drifts from it.
enum EmbeddedWordLists {
    static let files: [(name: String, contents: String)] = [
        ("action-verbs.en.txt", #"""
led
leads
built
build
builds
created
create
designed
developed
develop
launched
launch
delivered
deliver
increased
increase
reduced
reduce
cut
grew
grow
improved
improve
saved
save
managed
manage
ran
run
founded
started
set up
introduced
implemented
implement
automated
automate
negotiated
negotiate
closed
won
achieved
achieve
drove
drive
streamlined
streamline
redesigned
rebuilt
migrated
migrate
shipped
ship
wrote
write
trained
train
coached
coach
mentored
mentor
hired
recruited
organised
organized
organise
organize
planned
analysed
analyzed
analyse
analyze
solved
solve
resolved
resolve
established
expanded
expand
doubled
tripled
halved
raised
secured
produced
produce
published
taught
teach
advised
advise
supported
helped
help
turned
transformed
transform
modernised
modernized
replaced
replace
opened
signed
sold
sell
generated
generate
lowered
lower
shortened
shorten
accelerated
prevented
consolidated
restructured
standardised
standardized
lead
moved
move
brought
installed
install
placed
represented
represent
drafted
draft
tested
test
advising
representing
drafting
managing
leading
building
developing
designing
writing
teaching
training
coaching
negotiating
organising
organizing
planning
installing
testing
creating
leads
retired
retire
publish
published
ingest
owned
oversaw
oversee
coordinated
coordinate
operated
deployed
deploy
scaled
scale
configured
reviewed
presented
pitched
onboarded
negotiates
delivers
builds
"""#),
        ("action-verbs.fr.txt", #"""
dirige
dirigé
dirigeais
pilote
piloté
pilotais
conçu
conçois
conçoit
développe
développé
développais
créé
crée
construit
construis
lancé
lance
livré
augmenté
augmente
réduit
réduis
diminué
diminue
amélioré
améliore
économisé
optimisé
optimise
géré
gère
fondé
mis en place
mets en place
introduit
implémenté
déployé
déploie
automatisé
automatise
négocié
négocie
signé
remporté
gagné
obtenu
atteint
doublé
triplé
divisé
migré
rédigé
rédige
écrit
formé
accompagné
accompagne
encadré
encadre
recruté
recrute
organisé
organise
planifié
planifie
analysé
résolu
résous
établi
étendu
ouvert
vendu
vends
généré
génère
raccourci
accéléré
restructuré
standardisé
modernisé
transformé
remplacé
conseillé
conseille
aidé
enseigne
installe
réalise
adapte
porté
décroché
traduit
traduis
monté
passé
coordonné
animé
accueille
coordonne
présenté
testé
publié
supprimé
remplacé
mené
mène
"""#),
        ("action-verbs.nl.txt", #"""
leid
leidt
leidde
leidden
geleid
bouwt
bouwde
bouwden
gebouwd
ontwikkel
ontwikkelt
ontwikkelde
ontwikkeld
ontwerpt
ontwierp
ontworpen
maak
maakt
maakte
gemaakt
verhoog
verhoogt
verhoogde
verhoogd
verlaag
verlaagt
verlaagde
verlaagd
verkort
verkortte
verminderde
verminderd
verbeter
verbetert
verbeterde
verbeterd
bespaar
bespaart
bespaarde
bespaard
lanceerde
gelanceerd
introduceerde
geïntroduceerd
voerde
ingevoerd
implementeerde
geïmplementeerd
automatiseerde
geautomatiseerd
realiseer
realiseert
realiseerde
gerealiseerd
richtte op
opgericht
zette op
opgezet
startte
gestart
gewonnen
sloot
gesloten
onderhandelde
behaalde
behaald
haalde
binnengehaald
groeide
liet groeien
verdubbelde
verdubbeld
halveerde
gehalveerd
schreef
geschreven
trainde
getraind
coachte
gecoacht
begeleidde
begeleid
werfde
wierf
geworven
organiseer
organiseert
organiseerde
georganiseerd
plant
plande
gepland
analyseer
analyseert
analyseerde
geanalyseerd
loste op
opgelost
los op
migreerde
gemigreerd
leverde
geleverd
lever
levert
stroomlijnde
gestroomlijnd
vernieuwde
vernieuwd
verving
vervangen
opende
geopend
verkocht
adviseer
adviseert
adviseerde
geadviseerd
hielp
geholpen
help
helpt
teruggebracht
bracht terug
uitgebreid
breidde uit
standaardiseerde
gestandaardiseerd
bouw
geef
gaf
gegeven
plaats
plaatste
geplaatst
adviseren
opstellen
ontwikkelen
bouwen
leiden
begeleiden
organiseren
trainen
schrijven
ontwerpen
verbeteren
realiseren
onderhandelen
herschreef
herschreven
rondde af
afgerond
stuur aan
stuurde aan
leid
coördineerde
gecoördineerd
schaalde op
opgeschaald
testte
getest
presenteerde
gepresenteerd
uitgefaseerd
faseerde uit
publiceerde
gepubliceerd
"""#),
        ("buzzwords.en.txt", #"""
results-driven
result-driven
results-oriented
results oriented
detail-oriented
detail oriented
goal-oriented
team player
self-starter
self starter
go-getter
hard-working
hardworking
hard worker
highly motivated
motivated professional
passionate
driven professional
proactive
pro-active
innovative thinker
creative thinker
out of the box
outside the box
think outside the box
can-do attitude
can do attitude
strategic thinker
thought leader
visionary
guru
ninja
rockstar
rock star
synergy
synergies
best of breed
best-in-class
world-class
cutting-edge
game changer
game-changer
go-to person
track record
proven track record
excellent communication skills
strong communication skills
people person
multitasker
multi-tasker
fast learner
quick learner
eager to learn
enthusiastic
energetic
customer-focused
customer focused
solution-oriented
solution oriented
value-add
value added
extensive experience
seasoned professional
perfectionist
"""#),
        ("buzzwords.fr.txt", #"""
dynamique
motivé
très motivé
passionné
rigoureux
rigoureuse
polyvalent
polyvalente
curieux
curieuse
proactif
proactive
force de proposition
esprit d'équipe
sens du travail en équipe
travail en équipe
esprit d'entreprise
excellent relationnel
bon relationnel
sens relationnel
aisance relationnelle
orienté résultats
orientée résultats
orienté client
orientée client
orienté solutions
sérieux
sérieuse
adaptable
capacité d'adaptation
esprit d'analyse
esprit de synthèse
sens de l'organisation
sens des responsabilités
grande capacité
excellentes capacités
bonne humeur
enthousiaste
persévérant
persévérante
leader né
hors du commun
sortir des sentiers battus
innovant
innovante
visionnaire
disruptif
disruptive
plein potentiel
état d'esprit de croissance
passion pour
"""#),
        ("buzzwords.nl.txt", #"""
gedreven
resultaatgericht
oplossingsgericht
klantgericht
doelgericht
teamspeler
teamplayer
enthousiast
gemotiveerd
zeer gemotiveerd
leergierig
dynamisch
proactief
pro-actief
stressbestendig
communicatief vaardig
sterke communicatieve vaardigheden
goede communicatieve vaardigheden
loyaal
zelfstarter
doorzetter
aanpakker
harde werker
hardwerkend
no-nonsense
out of the box
buiten de kaders
passie voor
gepassioneerd
energiek
innovatief denker
creatieve denker
strategisch denker
positief ingesteld
positieve instelling
sociaal vaardig
analytisch sterk
ruime ervaring
brede ervaring
veelzijdig
perfectionist
duizendpoot
verbinder
"""#),
        ("duty-phrases.en.txt", #"""
responsible for
responsibilities
responsibilities included
responsibilities include
in charge of
tasks
tasks included
tasks include
duties
duties included
duties include
my duties
my tasks
my role was to
my role is to
accountable for
tasked with
involved in
assisted with
participated in
worked on
helped with
was part of
"""#),
        ("duty-phrases.fr.txt", #"""
chargé de
chargée de
en charge de
responsable de
responsable du
responsable des
missions
mes missions
principales missions
tâches
mes tâches
tâches diverses
diverses tâches
fonctions
attributions
participation à
participation aux
gestion de
suivi de
suivi des
impliqué dans
impliquée dans
"""#),
        ("duty-phrases.nl.txt", #"""
verantwoordelijk voor
verantwoordelijkheden
taken
werkzaamheden
mijn taken
mijn werkzaamheden
taken waren
taken zijn
belast met
betrokken bij
ondersteuning bij
hield me bezig met
houd me bezig met
zorgen voor
zorg voor
diverse taken
verschillende taken
voorkomende werkzaamheden
alle voorkomende
in de rol van
functie-eisen
"""#),
        ("occupations.en.txt", #"""
engineer
developer
programmer
architect
designer
analyst
scientist
researcher
consultant
advisor
adviser
manager
director
head of
lead
team lead
founder
co-founder
cofounder
owner
partner
ceo
cto
cfo
coo
cio
chief
vice president
vp
officer
specialist
expert
coordinator
administrator
assistant
associate
accountant
auditor
controller
bookkeeper
lawyer
attorney
solicitor
paralegal
notary
recruiter
sourcer
teacher
lecturer
professor
trainer
coach
tutor
nurse
doctor
physician
surgeon
pharmacist
therapist
psychologist
dentist
midwife
caregiver
planner
buyer
purchaser
seller
salesperson
account executive
account manager
representative
marketer
copywriter
writer
editor
journalist
translator
interpreter
photographer
illustrator
artist
technician
mechanic
electrician
operator
driver
pilot
chef
cook
baker
dispatcher
inspector
surveyor
economist
statistician
strategist
product owner
scrum master
tester
devops
administrator
support
agent
clerk
secretary
receptionist
officer
entrepreneur
freelancer
interim
intern
trainee
student
graduate
volunteer
operative
"""#),
        ("occupations.fr.txt", #"""
ingénieur
ingénieure
développeur
développeuse
programmeur
programmeuse
architecte
designer
concepteur
conceptrice
analyste
chercheur
chercheuse
consultant
consultante
conseiller
conseillère
manager
directeur
directrice
responsable
chef
cheffe
chef de projet
cheffe de projet
fondateur
fondatrice
cofondateur
cofondatrice
gérant
gérante
associé
associée
dirigeant
dirigeante
spécialiste
expert
experte
coordinateur
coordinatrice
administrateur
administratrice
assistant
assistante
comptable
contrôleur
auditeur
auditrice
juriste
avocat
avocate
notaire
recruteur
recruteuse
chargé de recrutement
enseignant
enseignante
professeur
professeure
formateur
formatrice
coach
infirmier
infirmière
médecin
pharmacien
pharmacienne
thérapeute
kinésithérapeute
psychologue
dentiste
sage-femme
planificateur
planificatrice
acheteur
acheteuse
commercial
commerciale
vendeur
vendeuse
ingénieur commercial
marketeur
rédacteur
rédactrice
journaliste
traducteur
traductrice
interprète
photographe
illustrateur
illustratrice
artiste
technicien
technicienne
mécanicien
électricien
opérateur
opératrice
chauffeur
pilote
cuisinier
cuisinière
boulanger
logisticien
logisticienne
inspecteur
économiste
stratège
product owner
scrum master
testeur
entrepreneur
entrepreneuse
indépendant
indépendante
freelance
stagiaire
étudiant
étudiante
alternant
alternante
bénévole
directeur commercial
directrice commerciale
chargé de communication
chargée de communication
gestionnaire de paie
gestionnaire
aide-soignant
aide-soignante
auxiliaire de vie
"""#),
        ("occupations.nl.txt", #"""
ontwikkelaar
programmeur
ingenieur
engineer
architect
ontwerper
vormgever
designer
analist
onderzoeker
wetenschapper
consultant
adviseur
manager
directeur
leidinggevende
teamleider
teamleidster
projectleider
projectmanager
hoofd
oprichter
eigenaar
ondernemer
partner
specialist
deskundige
expert
coördinator
beheerder
medewerker
medewerkster
assistent
secretaresse
boekhouder
accountant
controller
jurist
advocaat
notaris
recruiter
docent
leraar
lerares
onderwijzer
trainer
coach
begeleider
verpleegkundige
verpleger
arts
huisarts
apotheker
therapeut
fysiotherapeut
psycholoog
tandarts
verloskundige
verzorgende
planner
inkoper
verkoper
accountmanager
vertegenwoordiger
marketeer
tekstschrijver
schrijver
redacteur
journalist
vertaler
tolk
fotograaf
illustrator
kunstenaar
monteur
technicus
elektricien
operator
chauffeur
piloot
chef-kok
sous-chef
bakker
inspecteur
econoom
strateeg
product owner
scrum master
tester
beleidsmedewerker
beleidsadviseur
functioneel beheerder
stagiair
stagiaire
student
trainee
freelancer
zzp'er
vrijwilliger
salarisadministrateur
administrateur
werkvoorbereider
timmerman
loodgieter
schilder
metselaar
hovenier
magazijnmedewerker
"""#),
        ("range-ends.en.txt", #"""
to
"""#),
        ("range-ends.fr.txt", #"""
à
a
"""#),
        ("range-ends.nl.txt", #"""
naar
tot
"""#),
        ("range-starts.en.txt", #"""
from
"""#),
        ("range-starts.fr.txt", #"""
de
d
"""#),
        ("range-starts.nl.txt", #"""
van
"""#),
        ("role-phrases.en.txt", #"""
i help
i work as
i work on
i work at
i build
i design
i develop
i lead
i run
i manage
i advise
i teach
i plan
i sell
i write
i support
we help
we build
my work
my job
"""#),
        ("role-phrases.fr.txt", #"""
j'aide
j'accompagne
je travaille comme
je travaille sur
je travaille chez
je construis
je conçois
je développe
je dirige
je pilote
je gère
je conseille
j'enseigne
je forme
je crée
je planifie
je vends
je rédige
nous aidons
mon métier
mon travail
"""#),
        ("role-phrases.nl.txt", #"""
ik help
ik werk als
ik werk aan
ik werk bij
ik bouw
ik ontwerp
ik ontwikkel
ik leid
ik adviseer
ik geef les
ik plan
ik verkoop
ik schrijf
ik ondersteun
ik zorg ervoor
wij helpen
mijn werk
in mijn werk
helpt
"""#),
        ("stopwords.en.txt", #"""
the
and
of
to
a
an
in
is
are
was
were
for
with
on
at
by
from
as
that
this
these
those
it
its
i
my
me
we
our
us
you
your
he
she
they
their
them
have
has
had
be
been
am
not
but
or
which
who
what
where
when
how
will
would
can
could
into
about
than
then
there
also
more
most
all
each
every
over
after
before
while
since
through
"""#),
        ("stopwords.fr.txt", #"""
le
la
les
l
un
une
des
du
de
d
et
est
sont
suis
es
je
j
nous
vous
il
elle
ils
elles
mon
ma
mes
notre
nos
votre
vos
leur
leurs
ce
cette
ces
qui
que
qu
dans
pour
par
avec
sur
au
aux
en
pas
ne
plus
mais
ou
donc
ai
avons
avez
ont
a
été
être
chez
depuis
entre
sans
sous
vers
chaque
très
tout
tous
aussi
"""#),
        ("stopwords.nl.txt", #"""
de
het
een
en
van
ik
je
jij
u
wij
we
ons
onze
mijn
zijn
is
ben
bent
was
waren
heb
heeft
hebben
had
met
voor
op
aan
bij
naar
uit
om
door
over
als
dat
die
dit
deze
er
niet
maar
ook
nog
wel
al
dan
of
tot
want
waar
wat
wie
hoe
welke
worden
wordt
werd
kan
kunnen
zal
zou
moet
mee
sinds
tijdens
binnen
elke
iedere
veel
meer
"""#),
        ("suffixes.en.txt", #"""
s
es
d
ed
"""#),
        ("suffixes.fr.txt", #"""
e
s
es
x
"""#),
        ("suffixes.nl.txt", #"""
e
s
en
er
n
ere
ste
...
"""#),
        ("units.en.txt", #"""
x
k
m
bn
mln
million
millions
billion
thousand
percent
per cent
pct
times
fold
fte
ftes
people
persons
employees
staff
colleagues
team members
members
users
customers
clients
accounts
partners
suppliers
projects
products
features
releases
apps
sites
stores
shops
branches
offices
countries
markets
cities
locations
warehouses
trucks
vehicles
orders
deliveries
shipments
pallets
parcels
tickets
calls
leads
deals
contracts
sales
hires
candidates
vacancies
students
pupils
patients
participants
trainings
workshops
courses
sessions
events
articles
downloads
visitors
followers
subscribers
reviews
stars
points
hours
minutes
days
weeks
seconds
euros
dollars
pounds
tonnes
tons
kg
km
kwh
m2
installations
systems
chargers
panels
machines
homes
houses
buildings
conferences
guests
attendees
restaurants
hotels
schools
classes
companies
businesses
brands
campaigns
pages
words
documents
reports
cases
claims
jobs
awards
properties
requests
invoices
transactions
kilometres
miles
litres
metres
meters
hectares
"""#),
        ("units.fr.txt", #"""
x
k
m
md
mds
million
millions
milliard
milliards
mille
pour cent
fois
etp
personnes
salariés
employés
collaborateurs
collègues
membres
utilisateurs
clients
comptes
partenaires
fournisseurs
projets
produits
fonctionnalités
versions
applications
sites
magasins
boutiques
agences
bureaux
pays
marchés
villes
entrepôts
camions
véhicules
commandes
livraisons
expéditions
palettes
colis
tickets
appels
prospects
contrats
ventes
recrutements
candidats
postes
étudiants
élèves
patients
participants
formations
ateliers
cours
sessions
événements
articles
téléchargements
visiteurs
abonnés
avis
points
heures
minutes
jours
semaines
secondes
euros
tonnes
kg
km
kwh
m2
installations
bornes
panneaux
systèmes
machines
logements
maisons
bâtiments
entreprises
sociétés
écoles
classes
restaurants
hôtels
invités
congrès
campagnes
pages
mots
documents
rapports
dossiers
biens
mandats
demandes
factures
transactions
pains
repas
couverts
kilomètres
litres
mètres
hectares
exploitations
"""#),
        ("units.nl.txt", #"""
x
k
mln
mio
miljoen
miljard
duizend
procent
keer
maal
fte
mensen
personen
medewerkers
werknemers
collega's
teamleden
leden
gebruikers
klanten
relaties
partners
leveranciers
projecten
producten
functies
releases
apps
sites
winkels
filialen
vestigingen
kantoren
landen
markten
steden
locaties
magazijnen
vrachtwagens
voertuigen
orders
bestellingen
leveringen
zendingen
pallets
pakketten
tickets
gesprekken
leads
deals
contracten
aanwervingen
kandidaten
vacatures
studenten
leerlingen
patiënten
cliënten
deelnemers
trainingen
workshops
cursussen
sessies
evenementen
artikelen
downloads
bezoekers
volgers
abonnees
reviews
punten
uur
uren
minuten
dagen
weken
seconden
euro
ton
kilo
kg
km
kwh
m2
installaties
systemen
warmtepompen
zonnepanelen
laadpalen
machines
woningen
huizen
gebouwen
panden
bedrijven
scholen
klassen
restaurants
hotels
gasten
congressen
campagnes
pagina's
webpagina's
woorden
documenten
rapporten
dossiers
zaken
aanvragen
facturen
transacties
opdrachten
prijzen
kilometer
liter
meter
hectare
"""#),
    ]
}
