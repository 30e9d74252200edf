"""Words a report uses for someone it has already named: "said the curator", "a ajouté la
chercheuse", "recorda a idosa", "— сказал нападающий", "– mówiła sędzia".

Trades, offices, roles in a story (the defendant, the winner), relatives and people by age or
sex, in the singular nominative, masculine and feminine. Left out: words that usually bring in
someone new and unnamed (a spokesperson, a source, an eyewitness; see ``UNNAMED_SOURCES``),
nationalities and playing positions (see ``_epithets``), bodies and groups, and words more
often read as something else ("general", "la política", "o médio").
"""

from __future__ import annotations

from functools import lru_cache

from ._lexicon import data_lines, word_set

_EN = [
    # health
    "doctor physician surgeon nurse midwife paramedic dentist pharmacist vet"
    " veterinarian psychologist psychiatrist psychotherapist therapist"
    " counsellor counselor physiotherapist paediatrician pediatrician"
    " cardiologist oncologist neurologist gynaecologist obstetrician"
    " anaesthetist radiologist optician carer caregiver",
    # land, sea, trades
    "farmer farmworker rancher shepherd grower winemaker beekeeper fisherman"
    " fisherwoman engineer technician mechanic electrician plumber carpenter"
    " joiner builder bricklayer labourer laborer welder miner craftsman"
    " craftswoman blacksmith potter tailor seamstress hairdresser barber"
    " florist jeweller jeweler gardener landscaper locksmith decorator",
    # law
    "lawyer attorney solicitor barrister judge magistrate prosecutor notary coroner",
    # education, research, culture institutions
    "teacher lecturer tutor professor headteacher headmaster headmistress"
    " researcher scientist archaeologist historian economist analyst"
    " biologist chemist physicist astronomer geologist mathematician"
    " sociologist anthropologist ecologist botanist zoologist epidemiologist"
    " virologist immunologist meteorologist climatologist"
    " curator librarian archivist",
    # food and hospitality
    "chef cook baker butcher brewer waiter waitress barman barmaid bartender"
    " barista publican innkeeper hotelier restaurateur",
    # security, uniformed
    "firefighter fireman firewoman policeman policewoman officer detective"
    " constable sergeant commander colonel lieutenant sheriff inspector investigator soldier"
    " sailor pilot"
    " astronaut lifeguard ranger warden guard bodyguard bouncer doorman"
    " concierge porter courier postman postwoman",
    # transport
    "driver trucker cabbie chauffeur motorist cyclist commuter passenger",
    # media and arts
    "journalist reporter correspondent editor writer author novelist poet"
    " playwright screenwriter columnist broadcaster presenter host"
    " photographer artist painter sculptor illustrator musician singer"
    " songwriter composer conductor pianist guitarist drummer violinist"
    " cellist bassist rapper dancer ballerina choreographer actor actress"
    " comedian filmmaker producer director designer",
    # business
    "entrepreneur businessman businesswoman banker accountant investor"
    " trader shopkeeper retailer landlord landlady owner proprietor founder"
    " co-founder cofounder chairman chairwoman chairperson president"
    " vice-president ceo executive manager boss supervisor employer employee"
    " worker clerk cashier secretary receptionist cleaner janitor caretaker"
    " nanny babysitter consultant programmer developer inventor",
    # politics and public life
    "mayor councillor councilor alderman mp mep senator congressman"
    " congresswoman congressperson lawmaker legislator deputy governor"
    " minister premier chancellor diplomat ambassador envoy consul"
    " commissioner official bureaucrat administrator superintendent"
    " ombudsman regulator campaigner activist protester protestor organiser"
    " organizer candidate politician nominee incumbent challenger leader"
    " unionist negotiator mediator adviser advisor expert strategist"
    " lobbyist pollster statesman stateswoman monarch king queen prince"
    " princess duke duchess",
    # sport
    "coach trainer player captain skipper referee umpire goalkeeper goalie"
    " keeper striker winger defender midfielder centre-back full-back"
    " fly-half scrum-half quarterback pitcher batter batsman batswoman"
    " bowler jockey rider racer runner sprinter marathoner swimmer boxer"
    " wrestler fighter skier snowboarder skater gymnast golfer athlete"
    " sportsman sportswoman olympian champion winner runner-up finalist"
    " contender debutant newcomer rookie veteran substitute teammate"
    " footballer cricketer climber mountaineer diver yachtsman"
    " yachtswoman",
    # legal cases
    "defendant accused suspect witness victim plaintiff claimant"
    " complainant appellant prisoner inmate convict detainee juror",
    # family
    "mother father mum mom dad son daughter wife husband widow widower"
    " grandmother grandfather grandma grandpa granddaughter grandson"
    " brother sister aunt uncle niece nephew cousin parent fiancé fiancée"
    " fiance fiancee partner girlfriend boyfriend stepfather stepmother"
    " mother-in-law father-in-law",
    # life stage and sex
    "woman man girl boy teenager teen youngster child toddler schoolgirl"
    " schoolboy pensioner retiree octogenarian nonagenarian centenarian"
    " gentleman lady student pupil graduate undergraduate trainee"
    " apprentice intern",
    # community
    "neighbour neighbor resident tenant homeowner householder villager"
    " citizen voter taxpayer customer shopper pedestrian tourist visitor"
    " traveller traveler migrant refugee immigrant pilgrim volunteer"
    " survivor patient mourner fan supporter spectator",
    # religion
    "priest pastor vicar rector bishop archbishop imam rabbi monk nun"
    " cardinal pope preacher chaplain missionary deacon",
    # other
    "hunter gamekeeper translator interpreter explorer",
    # ex- forms
    "ex-wife ex-husband ex-girlfriend ex-boyfriend ex-partner ex-president"
    " ex-minister ex-player ex-manager ex-coach ex-mayor ex-champion",
]

_DE = [
    # health
    "arzt ärztin hausarzt hausärztin kinderarzt kinderärztin oberarzt"
    " oberärztin chefarzt chefärztin chirurg chirurgin krankenschwester"
    " krankenpfleger krankenpflegerin pfleger pflegerin altenpfleger"
    " altenpflegerin hebamme sanitäter sanitäterin notarzt notärztin"
    " zahnarzt zahnärztin apotheker apothekerin tierarzt tierärztin"
    " psychologe psychologin psychiater psychiaterin therapeut therapeutin",
    # land, trades
    "landwirt landwirtin bauer bäuerin winzer winzerin fischer fischerin"
    " imker imkerin schäfer schäferin förster försterin jäger jägerin"
    " ingenieur ingenieurin techniker technikerin mechaniker mechanikerin"
    " elektriker elektrikerin installateur installateurin handwerker"
    " handwerkerin schreiner schreinerin tischler tischlerin zimmermann"
    " dachdecker maurer bergmann arbeiter arbeiterin gärtner gärtnerin"
    " friseur friseurin schneider schneiderin goldschmied goldschmiedin"
    " töpfer töpferin",
    # law
    "anwalt anwältin rechtsanwalt rechtsanwältin verteidiger verteidigerin"
    " richter richterin staatsanwalt staatsanwältin notar notarin",
    # education, research
    "lehrer lehrerin dozent dozentin professor professorin schulleiter"
    " schulleiterin rektor rektorin direktor direktorin erzieher"
    " erzieherin forscher forscherin wissenschaftler wissenschaftlerin"
    " archäologe archäologin historiker historikerin ökonom ökonomin"
    " analyst analystin biologe biologin chemiker chemikerin physiker"
    " physikerin astronom astronomin geologe geologin mathematiker"
    " mathematikerin soziologe soziologin politologe politologin"
    " epidemiologe epidemiologin virologe virologin meteorologe"
    " meteorologin kurator kuratorin bibliothekar bibliothekarin",
    # food and hospitality
    "koch köchin bäcker bäckerin metzger metzgerin brauer brauerin kellner"
    " kellnerin wirt wirtin gastwirt gastwirtin hotelier",
    # uniformed
    "feuerwehrmann feuerwehrfrau polizist polizistin beamte beamter beamtin"
    " kommissar kommissarin ermittler ermittlerin soldat soldatin offizier"
    " offizierin oberst hauptmann leutnant kommandeur kommandeurin pilot pilotin astronaut"
    " astronautin wachmann wächter"
    " wächterin leibwächter hausmeister hausmeisterin pförtner postbote"
    " postbotin briefträger briefträgerin",
    # transport
    "fahrer fahrerin lokführer lokführerin busfahrer busfahrerin taxifahrer taxifahrerin",
    # media and arts
    "journalist journalistin reporter reporterin korrespondent"
    " korrespondentin redakteur redakteurin chefredakteur chefredakteurin"
    " autor autorin schriftsteller schriftstellerin dichter dichterin"
    " lyriker lyrikerin dramatiker dramatikerin regisseur regisseurin"
    " drehbuchautor drehbuchautorin fotograf fotografin künstler"
    " künstlerin maler malerin bildhauer bildhauerin musiker musikerin"
    " sänger sängerin komponist komponistin dirigent dirigentin pianist"
    " pianistin gitarrist gitarristin schlagzeuger schlagzeugerin rapper"
    " rapperin tänzer tänzerin choreograf choreografin schauspieler"
    " schauspielerin komiker komikerin kabarettist kabarettistin"
    " filmemacher filmemacherin produzent produzentin moderator"
    " moderatorin designer designerin",
    # business
    "unternehmer unternehmerin geschäftsmann geschäftsfrau banker bankerin"
    " investor investorin händler händlerin kaufmann kauffrau inhaber"
    " inhaberin besitzer besitzerin eigentümer eigentümerin gründer"
    " gründerin mitgründer mitgründerin vorsitzende vorsitzender präsident"
    " präsidentin vizepräsident vizepräsidentin chef chefin geschäftsführer"
    " geschäftsführerin manager managerin leiter leiterin arbeitgeber"
    " angestellte angestellter mitarbeiter mitarbeiterin sekretärin"
    " übersetzer übersetzerin dolmetscher dolmetscherin programmierer"
    " programmiererin entwickler entwicklerin erfinder erfinderin"
    " sozialarbeiter sozialarbeiterin berater beraterin",
    # politics
    "bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin"
    " stadtrat stadträtin landrat landrätin abgeordnete abgeordneter"
    " minister ministerin ministerpräsident ministerpräsidentin kanzler"
    " kanzlerin bundeskanzler bundeskanzlerin staatssekretär"
    " staatssekretärin senator senatorin gouverneur gouverneurin diplomat"
    " diplomatin botschafter botschafterin konsul konsulin politiker"
    " politikerin kandidat kandidatin aktivist aktivistin demonstrant"
    " demonstrantin gewerkschafter gewerkschafterin parteichef parteichefin"
    " experte expertin fachmann fachfrau könig königin prinz prinzessin"
    " herzog herzogin",
    # sport
    "trainer trainerin coach spieler spielerin kapitän kapitänin"
    " schiedsrichter schiedsrichterin torwart torhüter torhüterin keeper"
    " stürmer stürmerin mittelfeldspieler mittelfeldspielerin"
    " abwehrspieler abwehrspielerin innenverteidiger außenverteidiger"
    " angreifer angreiferin rennfahrer rennfahrerin radprofi reiter"
    " reiterin jockey läufer läuferin sprinter sprinterin schwimmer"
    " schwimmerin boxer boxerin ringer ringerin skifahrer skifahrerin"
    " biathlet biathletin turner turnerin golfer golferin tennisspieler"
    " tennisspielerin sportler sportlerin athlet athletin weltmeister"
    " weltmeisterin olympiasieger olympiasiegerin meister meisterin sieger"
    " siegerin gewinner gewinnerin finalist finalistin debütant"
    " debütantin neuling routinier veteran veteranin nationalspieler"
    " nationalspielerin profi fußballer fußballerin sportdirektor"
    " sportdirektorin bergsteiger bergsteigerin taucher taucherin",
    # legal cases
    "angeklagte angeklagter beschuldigte beschuldigter tatverdächtige"
    " tatverdächtiger zeuge zeugin opfer kläger klägerin häftling gefangene"
    " gefangener täter täterin schöffe schöffin",
    # family
    "mutter vater mama papa sohn tochter ehefrau ehemann witwe witwer"
    " großmutter großvater oma opa enkel enkelin bruder schwester tante"
    " onkel nichte neffe cousin cousine elternteil partner partnerin"
    " lebensgefährte lebensgefährtin freund freundin verlobte verlobter"
    " stiefvater stiefmutter schwiegermutter schwiegervater",
    # life stage and sex
    "frau mann mädchen junge jugendliche jugendlicher teenager kind"
    " schüler schülerin student studentin azubi rentner rentnerin senior"
    " seniorin greis greisin dame herr",
    # community
    "nachbar nachbarin anwohner anwohnerin bewohner bewohnerin einwohner"
    " einwohnerin mieter mieterin vermieter vermieterin bürger bürgerin"
    " wähler wählerin kunde kundin fahrgast passagier passagierin pendler"
    " pendlerin tourist touristin besucher besucherin reisende reisender"
    " flüchtling migrant migrantin pilger pilgerin freiwillige freiwilliger"
    " helfer helferin organisator organisatorin veranstalter"
    " veranstalterin überlebende überlebender patient patientin fan"
    " anhänger anhängerin zuschauer zuschauerin",
    # religion
    "pfarrer pfarrerin priester priesterin pastor pastorin bischof"
    " bischöfin erzbischof imam rabbiner rabbinerin mönch nonne kardinal"
    " papst prediger predigerin diakon diakonin seelsorger seelsorgerin",
    # ex- forms
    "ex-frau ex-mann ex-freundin ex-freund ex-partnerin ex-minister"
    " ex-ministerin ex-präsident ex-kanzler ex-kanzlerin ex-trainer"
    " ex-nationalspieler ex-weltmeister",
]

_FR = [
    # health
    "médecin docteur docteure chirurgien chirurgienne infirmier infirmière"
    " sage-femme ambulancier ambulancière urgentiste dentiste pharmacien"
    " pharmacienne vétérinaire psychologue psychiatre psychanalyste"
    " thérapeute kinésithérapeute kiné pédiatre cardiologue oncologue"
    " neurologue gynécologue aide-soignant aide-soignante",
    # land, trades
    "agriculteur agricultrice paysan paysanne éleveur éleveuse viticulteur"
    " viticultrice vigneron vigneronne pêcheur pêcheuse apiculteur"
    " apicultrice berger bergère jardinier jardinière paysagiste ingénieur"
    " ingénieure technicien technicienne mécanicien mécanicienne"
    " électricien électricienne plombier plombière menuisier menuisière"
    " charpentier maçon ouvrier ouvrière artisan artisane forgeron potier"
    " potière coiffeur coiffeuse barbier couturier couturière fleuriste"
    " bijoutier bijoutière",
    # law
    "avocat avocate juge magistrat magistrate procureur procureure notaire",
    # education, research
    "enseignant enseignante professeur professeure prof instituteur"
    " institutrice maître maîtresse directeur directrice proviseur"
    " proviseure éducateur éducatrice chercheur chercheuse scientifique"
    " archéologue historien historienne économiste analyste biologiste"
    " chimiste physicien physicienne astronome géologue mathématicien"
    " mathématicienne sociologue anthropologue politologue épidémiologiste"
    " virologue météorologue climatologue conservateur conservatrice"
    " commissaire bibliothécaire archiviste",
    # food and hospitality
    "chef cheffe cuisinier cuisinière boulanger boulangère pâtissier"
    " pâtissière boucher bouchère brasseur brasseuse serveur serveuse barman"
    " restaurateur restauratrice aubergiste hôtelier hôtelière",
    # uniformed
    "pompier pompière policier policière gendarme enquêteur enquêtrice"
    " inspecteur inspectrice commandant commandante capitaine lieutenant"
    " colonel soldat soldate marin pilote astronaute vigile garde"
    " gardien gardienne concierge coursier coursière livreur livreuse",
    # transport
    "conducteur conductrice chauffeur chauffeuse camionneur chauffard automobiliste cycliste",
    # media and arts
    "journaliste reporter correspondant correspondante rédacteur rédactrice"
    " éditeur éditrice écrivain écrivaine auteur autrice auteure romancier"
    " romancière poète poétesse dramaturge scénariste chroniqueur"
    " chroniqueuse animateur animatrice présentateur présentatrice"
    " photographe artiste peintre sculpteur sculptrice illustrateur"
    " illustratrice musicien musicienne chanteur chanteuse compositeur"
    " compositrice pianiste guitariste batteur batteuse violoniste rappeur"
    " rappeuse danseur danseuse chorégraphe acteur actrice comédien"
    " comédienne humoriste cinéaste réalisateur réalisatrice producteur"
    " productrice styliste créateur créatrice",
    # business
    "entrepreneur entrepreneuse banquier banquière comptable investisseur"
    " investisseuse commerçant commerçante marchand marchande patron"
    " patronne propriétaire fondateur fondatrice cofondateur cofondatrice"
    " président présidente vice-président vice-présidente pdg dirigeant"
    " dirigeante gérant gérante responsable employé employée salarié"
    " salariée travailleur travailleuse secrétaire réceptionniste"
    " traducteur traductrice interprète informaticien informaticienne"
    " développeur développeuse inventeur inventrice consultant consultante",
    # politics
    "maire mairesse élu élue conseiller conseillère député députée sénateur"
    " sénatrice ministre chancelier chancelière diplomate ambassadeur"
    " ambassadrice envoyé envoyée consul préfet préfète gouverneur"
    " gouverneure fonctionnaire politicien politicienne candidat candidate"
    " militant militante activiste manifestant manifestante syndicaliste"
    " négociateur négociatrice médiateur médiatrice expert experte"
    " spécialiste stratège lobbyiste roi reine prince princesse duc"
    " duchesse monarque",
    # sport
    "entraîneur entraîneuse entraineur entraineuse coach sélectionneur"
    " sélectionneuse joueur joueuse arbitre portier attaquant attaquante"
    " buteur buteuse avant-centre ailier ailière défenseur défenseure"
    " défenseuse talonneur coureur coureuse sprinteur"
    " sprinteuse nageur nageuse boxeur boxeuse lutteur lutteuse skieur"
    " skieuse biathlète patineur patineuse gymnaste golfeur golfeuse"
    " tennisman tenniswoman athlète champion championne vainqueur gagnant"
    " gagnante lauréat lauréate finaliste médaillé médaillée débutant"
    " débutante recrue vétéran vétérane remplaçant remplaçante footballeur"
    " footballeuse rugbyman basketteur basketteuse handballeur handballeuse"
    " cavalier cavalière jockey coéquipier coéquipière alpiniste grimpeur"
    " grimpeuse plongeur plongeuse navigateur navigatrice skipper"
    " explorateur exploratrice",
    # legal cases
    "accusé accusée prévenu prévenue inculpé inculpée suspect suspecte"
    " témoin victime plaignant plaignante détenu détenue prisonnier"
    " prisonnière condamné condamnée juré jurée",
    # family
    "mère père maman papa fils épouse époux mari veuve veuf grand-mère"
    " grand-père mamie papi papy petit-fils petite-fille frère sœur soeur"
    " tante oncle nièce neveu cousin cousine fiancé fiancée compagnon"
    " compagne conjoint conjointe partenaire belle-mère beau-père",
    # life stage and sex
    "femme homme fille garçon adolescent adolescente ado jeune enfant bébé"
    " fillette gamin gamine retraité retraitée senior sénior octogénaire"
    " nonagénaire centenaire quinquagénaire quadragénaire trentenaire"
    " vieillard dame monsieur demoiselle lycéen lycéenne collégien"
    " collégienne étudiant étudiante élève écolier écolière doctorant"
    " doctorante diplômé diplômée stagiaire apprenti apprentie",
    # community
    "voisin voisine habitant habitante riverain riveraine résident"
    " résidente locataire citoyen citoyenne électeur électrice contribuable"
    " client cliente usager usagère passager passagère piéton piétonne"
    " touriste visiteur visiteuse voyageur voyageuse migrant migrante"
    " réfugié réfugiée pèlerin pèlerine bénévole volontaire organisateur"
    " organisatrice survivant survivante rescapé rescapée sinistré"
    " sinistrée patient patiente supporter supportrice spectateur"
    " spectatrice fan",
    # religion
    "prêtre curé pasteur pasteure évêque archevêque imam rabbin moine"
    " nonne pape prédicateur prédicatrice aumônier missionnaire diacre"
    " abbé",
    # other
    "chasseur chasseuse garde-chasse garde-forestier",
    # ex- forms
    "ex-femme ex-mari ex-compagne ex-compagnon ex-ministre ex-président"
    " ex-présidente ex-entraîneur ex-joueur ex-joueuse ex-maire",
]

_ES = [
    # health
    "médico médica doctor doctora cirujano cirujana enfermero enfermera"
    " matrona partera paramédico dentista farmacéutico farmacéutica"
    " veterinario veterinaria psicólogo psicóloga psiquiatra terapeuta"
    " fisioterapeuta pediatra cardiólogo cardióloga oncólogo oncóloga"
    " neurólogo neuróloga ginecólogo ginecóloga",
    # land, trades
    "agricultor agricultora campesino campesina granjero granjera ganadero"
    " ganadera pastor pastora pescador pescadora viticultor viticultora"
    " apicultor apicultora jardinero jardinera ingeniero ingeniera mecánico"
    " electricista fontanero fontanera plomero carpintero carpintera"
    " albañil obrero obrera trabajador trabajadora artesano artesana minero"
    " minera herrero alfarero alfarera peluquero peluquera barbero sastre"
    " modista costurera florista joyero joyera",
    # law
    "abogado abogada letrado letrada jurista juez jueza magistrado"
    " magistrada fiscal notario notaria",
    # education, research
    "maestro maestra profesor profesora docente catedrático catedrática"
    " director directora rector rectora educador educadora investigador"
    " investigadora científico científica arqueólogo arqueóloga historiador"
    " historiadora economista analista biólogo bióloga astrónomo astrónoma"
    " geólogo geóloga sociólogo socióloga antropólogo antropóloga politólogo"
    " politóloga epidemiólogo epidemióloga virólogo viróloga meteorólogo"
    " meteoróloga climatólogo climatóloga curador curadora comisario"
    " comisaria conservador conservadora bibliotecario bibliotecaria"
    " archivero archivera",
    # food and hospitality
    "chef cocinero cocinera panadero panadera pastelero pastelera carnicero"
    " carnicera cervecero cervecera camarero camarera mesero mesera barman"
    " hostelero hostelera",
    # uniformed
    "bombero bombera agente inspector inspectora detective soldado sargento teniente coronel"
    " comandante piloto"
    " astronauta vigilante guardabosques portero portera cartero"
    " repartidor repartidora",
    # transport
    "conductor conductora chófer chofer camionero camionera taxista"
    " automovilista motorista ciclista",
    # media and arts
    "periodista reportero reportera corresponsal redactor redactora editor"
    " editora escritor escritora autor autora novelista poeta poetisa"
    " dramaturgo dramaturga guionista columnista locutor locutora"
    " presentador presentadora fotógrafo fotógrafa artista pintor pintora"
    " escultor escultora ilustrador ilustradora músico cantante cantautor"
    " cantautora compositor compositora pianista guitarrista baterista"
    " violinista rapero rapera bailarín bailarina coreógrafo coreógrafa"
    " actor actriz humorista cineasta realizador realizadora productor"
    " productora diseñador diseñadora",
    # business
    "empresario empresaria emprendedor emprendedora banquero banquera"
    " contable contador contadora inversor inversora comerciante tendero"
    " tendera dueño dueña propietario propietaria fundador fundadora"
    " cofundador cofundadora presidente presidenta vicepresidente"
    " vicepresidenta gerente jefe jefa responsable encargado encargada"
    " empleado empleada funcionario funcionaria secretario secretaria"
    " recepcionista limpiador limpiadora conserje cuidador cuidadora niñera"
    " traductor traductora intérprete programador programadora"
    " desarrollador desarrolladora informático inventor inventora"
    " consultor consultora",
    # politics
    "alcalde alcaldesa concejal concejala edil edila diputado diputada"
    " senador senadora legislador legisladora parlamentario parlamentaria"
    " congresista gobernador gobernadora ministro ministra mandatario"
    " mandataria canciller consejero consejera asesor asesora diplomático"
    " diplomática embajador embajadora enviado enviada cónsul delegado"
    " delegada candidato candidata militante activista manifestante"
    " sindicalista líder lideresa dirigente negociador negociadora mediador"
    " mediadora experto experta especialista estratega rey reina príncipe"
    " princesa duque duquesa monarca",
    # sport
    "entrenador entrenadora técnico seleccionador seleccionadora míster"
    " jugador jugadora capitán capitana árbitro árbitra colegiado"
    " guardameta arquero arquera delantero delantera atacante goleador"
    " goleadora ariete centrocampista mediocampista zaguero corredor"
    " corredora velocista nadador nadadora boxeador boxeadora luchador"
    " luchadora esquiador esquiadora patinador patinadora gimnasta golfista"
    " tenista atleta deportista campeón campeona vencedor vencedora ganador"
    " ganadora subcampeón subcampeona finalista medallista debutante"
    " novato novata veterano veterana suplente futbolista baloncestista"
    " jinete amazona torero torera compañero compañera alpinista montañero"
    " montañera escalador escaladora submarinista regatista explorador"
    " exploradora",
    # legal cases
    "acusado acusada procesado procesada imputado imputada investigado"
    " investigada sospechoso sospechosa testigo víctima demandante"
    " denunciante querellante preso presa recluso reclusa detenido detenida"
    " condenado condenada",
    # family
    "madre padre mamá papá hijo hija esposa esposo marido viuda viudo"
    " abuelo abuela nieto nieta hermano hermana tía tío sobrino sobrina"
    " primo novio novia prometido prometida suegra suegro madrastra"
    " padrastro",
    # life stage and sex
    "mujer hombre chica chico niña niño muchacha muchacho joven adolescente"
    " bebé anciano anciana jubilado jubilada pensionista octogenario"
    " octogenaria nonagenario nonagenaria centenario centenaria señor"
    " señora señorita estudiante alumno alumna universitario universitaria"
    " doctorando doctoranda graduado graduada becario becaria aprendiz",
    # community
    "vecino vecina residente habitante inquilino inquilina casero casera"
    " ciudadano ciudadana votante elector electora contribuyente cliente"
    " clienta usuario usuaria pasajero pasajera peatón turista visitante"
    " viajero viajera migrante inmigrante refugiado refugiada peregrino"
    " peregrina voluntario voluntaria organizador organizadora"
    " superviviente sobreviviente damnificado damnificada paciente"
    " aficionado aficionada hincha seguidor seguidora espectador"
    " espectadora fan",
    # religion
    "sacerdote sacerdotisa párroco obispo arzobispo rabino monje monja"
    " predicador predicadora capellán misionero misionera diácono monseñor",
    # other
    "cazador",
    # ex- forms
    "exministro exministra expresidente expresidenta exalcalde exalcaldesa"
    " exentrenador exjugador exjugadora exdiputado exdiputada exmarido"
    " exesposa exnovia exnovio ex-ministro ex-presidente",
]

_IT = [
    # health
    "medico dottore dottoressa chirurgo chirurga infermiere infermiera"
    " ostetrica paramedico soccorritore soccorritrice dentista farmacista"
    " veterinario veterinaria psicologo psicologa psichiatra terapeuta"
    " fisioterapista pediatra cardiologo cardiologa oncologo oncologa"
    " neurologo neurologa ginecologo ginecologa",
    # land, trades
    "agricoltore agricoltrice contadino contadina allevatore allevatrice"
    " pastore pastora pescatore pescatrice viticoltore vignaiolo vignaiola"
    " apicoltore apicoltrice giardiniere giardiniera ingegnere ingegnera"
    " meccanico elettricista idraulico falegname muratore operaio operaia"
    " artigiano artigiana minatore lavoratore lavoratrice fabbro vasaio"
    " parrucchiere parrucchiera barbiere sarto sarta fiorista gioielliere"
    " orafo",
    # law
    "avvocato avvocata avvocatessa legale giudice magistrato magistrata pm"
    " procuratore procuratrice notaio notaia",
    # education, research
    "insegnante maestro maestra professore professoressa prof docente"
    " preside dirigente direttore direttrice rettore rettrice educatore"
    " educatrice ricercatore ricercatrice scienziato scienziata archeologo"
    " archeologa storico storica economista analista biologo biologa"
    " astronomo astronoma geologo geologa sociologo sociologa antropologo"
    " antropologa politologo politologa epidemiologo epidemiologa virologo"
    " virologa meteorologo meteorologa climatologo climatologa curatore"
    " curatrice conservatore conservatrice bibliotecario bibliotecaria"
    " archivista",
    # food and hospitality
    "chef cuoco cuoca pasticcere pasticciera fornaio fornaia panettiere"
    " panettiera macellaio macellaia birraio cameriere cameriera barista"
    " ristoratore ristoratrice oste albergatore albergatrice",
    # uniformed
    "pompiere vigile poliziotto poliziotta carabiniere agente ispettore"
    " ispettrice investigatore investigatrice commissario commissaria"
    " questore prefetto comandante colonnello tenente maresciallo brigadiere soldato soldatessa"
    " marinaio pilota astronauta"
    " guardia guardaparco vigilante bodyguard custode portinaio portinaia"
    " fattorino fattorina corriere postino postina",
    # transport
    "autista conducente camionista tassista automobilista motociclista ciclista",
    # media and arts
    "giornalista cronista reporter corrispondente inviato inviata"
    " redattore redattrice editore editrice scrittore scrittrice autore"
    " autrice romanziere romanziera poeta poetessa drammaturgo drammaturga"
    " sceneggiatore sceneggiatrice editorialista conduttore conduttrice"
    " presentatore presentatrice fotografo fotografa artista pittore"
    " pittrice scultore scultrice illustratore illustratrice musicista"
    " cantante cantautore cantautrice compositore compositrice pianista"
    " chitarrista batterista violinista rapper ballerino ballerina"
    " coreografo coreografa attore attrice regista produttore produttrice"
    " stilista designer",
    # business
    "imprenditore imprenditrice manager banchiere banchiera commercialista"
    " investitore investitrice commerciante negoziante esercente titolare"
    " proprietario proprietaria fondatore fondatrice cofondatore"
    " cofondatrice presidente presidentessa vicepresidente amministratore"
    " amministratrice capo responsabile gestore gestrice dipendente"
    " impiegato impiegata funzionario funzionaria segretario segretaria"
    " addetto addetta collaboratore collaboratrice badante babysitter"
    " traduttore traduttrice interprete programmatore programmatrice"
    " sviluppatore sviluppatrice informatico inventore inventrice"
    " consulente",
    # politics
    "sindaco sindaca consigliere consigliera assessore assessora deputato"
    " deputata senatore senatrice parlamentare onorevole governatore"
    " governatrice ministro ministra premier viceministro sottosegretario"
    " sottosegretaria cancelliere cancelliera diplomatico ambasciatore"
    " ambasciatrice console candidato candidata militante attivista"
    " manifestante sindacalista leader negoziatore negoziatrice mediatore"
    " mediatrice esperto esperta specialista stratega lobbista re regina"
    " principe principessa duca duchessa monarca sovrano sovrana",
    # sport
    "allenatore allenatrice tecnico ct selezionatore mister giocatore"
    " giocatrice capitano capitana arbitro arbitra portiere attaccante"
    " centravanti bomber difensore centrocampista terzino trequartista"
    " fantasista corridore velocista nuotatore"
    " nuotatrice pugile lottatore lottatrice sciatore sciatrice"
    " pattinatore pattinatrice ginnasta golfista tennista atleta campione"
    " campionessa vincitore vincitrice finalista medagliato medagliata"
    " debuttante esordiente veterano veterana calciatore calciatrice"
    " cestista pallavolista rugbista fantino fantina amazzone compagno"
    " compagna alpinista scalatore scalatrice subacqueo velista skipper"
    " navigatore navigatrice esploratore esploratrice",
    # legal cases
    "imputato imputata accusato accusata indagato indagata sospettato"
    " sospettata testimone vittima querelante denunciante detenuto"
    " detenuta carcerato carcerata condannato condannata giurato giurata",
    # family
    "madre padre mamma papà figlio figlia moglie marito vedova vedovo"
    " nonno nonna nipote fratello sorella zia zio cugino cugina fidanzato"
    " fidanzata convivente genitore suocera suocero matrigna patrigno",
    # life stage and sex
    "donna uomo ragazza ragazzo bambina bambino bimbo bimba giovane"
    " adolescente neonato neonata anziano anziana pensionato pensionata"
    " ottantenne novantenne centenario centenaria signore signora signorina"
    " studente studentessa alunno alunna allievo allieva universitario"
    " universitaria dottorando dottoranda laureato laureata stagista"
    " apprendista tirocinante",
    # community
    "residente abitante inquilino inquilina cittadino cittadina elettore"
    " elettrice contribuente cliente utente passeggero passeggera pedone"
    " turista visitatore visitatrice viaggiatore viaggiatrice migrante"
    " immigrato immigrata profugo profuga rifugiato rifugiata pellegrino"
    " pellegrina volontario volontaria organizzatore organizzatrice"
    " sopravvissuto sopravvissuta superstite paziente tifoso tifosa"
    " sostenitore sostenitrice spettatore spettatrice fan",
    # religion
    "sacerdote prete parroco vescovo arcivescovo imam rabbino monaca suora"
    " cardinale papa pontefice predicatore missionario missionaria diacono"
    " frate cappellano",
    # other
    "cacciatore cacciatrice",
    # ex- forms
    "ex-ministro ex-ministra ex-presidente ex-sindaco ex-allenatore"
    " ex-giocatore ex-moglie ex-marito ex-fidanzata ex-fidanzato"
    " ex-calciatore",
]

_PT = [
    # health
    "médico médica doutor doutora cirurgião cirurgiã enfermeiro enfermeira"
    " parteira paramédico socorrista dentista farmacêutico farmacêutica"
    " veterinário veterinária psicólogo psicóloga psiquiatra terapeuta"
    " fisioterapeuta pediatra cardiologista oncologista neurologista"
    " ginecologista",
    # land, trades
    "agricultor agricultora camponês camponesa fazendeiro fazendeira"
    " lavrador lavradora pecuarista criador criadora pastor pastora"
    " pescador pescadora viticultor viticultora apicultor apicultora"
    " jardineiro jardineira engenheiro engenheira mecânico eletricista"
    " canalizador encanador pedreiro carpinteiro marceneiro operário"
    " operária artesão artesã trabalhador trabalhadora ferreiro oleiro"
    " cabeleireiro cabeleireira barbeiro alfaiate costureira florista"
    " joalheiro",
    # law
    "advogado advogada jurista juiz juíza magistrado magistrada promotor"
    " promotora procurador procuradora notário notária tabelião",
    # education, research
    "professor professora docente mestre mestra diretor diretora director"
    " directora reitor reitora educador educadora investigador"
    " investigadora pesquisador pesquisadora cientista arqueólogo"
    " arqueóloga historiador historiadora economista analista biólogo"
    " bióloga astrônomo astrônoma astrónomo astrónoma geólogo geóloga"
    " sociólogo socióloga antropólogo antropóloga politólogo politóloga"
    " epidemiologista virologista meteorologista climatologista curador"
    " curadora conservador conservadora bibliotecário bibliotecária"
    " arquivista",
    # food and hospitality
    "chef cozinheiro cozinheira padeiro padeira pasteleiro pasteleira"
    " confeiteiro confeiteira açougueiro talhante cervejeiro garçom"
    " garçonete empregado empregada barman",
    # uniformed
    "bombeiro bombeira policial agente delegado delegada inspetor inspetora"
    " inspector inspectora detetive comissário comissária soldado sargento tenente coronel"
    " comandante"
    " marinheiro marinheira piloto astronauta vigilante porteiro porteira"
    " guarda-costas entregador entregadora estafeta carteiro",
    # transport
    "motorista condutor condutora caminhoneiro camionista taxista motociclista ciclista",
    # media and arts
    "jornalista repórter correspondente redator redatora editor escritor"
    " escritora autor autora romancista poeta poetisa dramaturgo dramaturga"
    " roteirista argumentista colunista cronista locutor locutora"
    " apresentador apresentadora fotógrafo fotógrafa artista pintor pintora"
    " escultor escultora ilustrador ilustradora músico musicista cantor"
    " cantora compositor compositora pianista guitarrista baterista"
    " violinista rapper dançarino dançarina bailarino bailarina coreógrafo"
    " coreógrafa ator atriz actor actriz humorista comediante cineasta"
    " realizador realizadora produtor produtora estilista designer",
    # business
    "empresário empresária empreendedor empreendedora banqueiro banqueira"
    " contador contadora contabilista investidor investidora comerciante"
    " lojista dono dona proprietário proprietária fundador fundadora"
    " cofundador cofundadora presidente presidenta vice-presidente gerente"
    " gestor gestora chefe responsável funcionário funcionária servidor"
    " servidora secretário secretária recepcionista faxineira cuidador"
    " cuidadora babá tradutor tradutora intérprete programador programadora"
    " desenvolvedor desenvolvedora informático inventor inventora consultor"
    " consultora",
    # politics
    "prefeito prefeita autarca vereador vereadora deputado deputada senador"
    " senadora parlamentar congressista governador governadora ministro"
    " ministra premiê primeiro-ministro primeira-ministra chanceler"
    " conselheiro conselheira assessor assessora diplomata embaixador"
    " embaixadora enviado enviada cônsul candidato candidata militante"
    " ativista activista manifestante sindicalista líder dirigente"
    " negociador negociadora mediador mediadora especialista perito perita"
    " estrategista lobista rei rainha príncipe princesa duque duquesa"
    " monarca",
    # sport
    "treinador treinadora técnico selecionador selecionadora seleccionador"
    " seleccionadora míster jogador jogadora capitão capitã árbitro árbitra"
    " goleiro goleira guarda-redes arqueiro atacante centroavante"
    " ponta-de-lança artilheiro artilheira goleador zagueiro zagueira"
    " defensor defensora corredor corredora velocista nadador nadadora"
    " boxeador boxeadora pugilista lutador lutadora esquiador esquiadora"
    " patinador patinadora ginasta golfista tenista atleta desportista"
    " esportista campeão campeã vencedor vencedora ganhador ganhadora"
    " vice-campeão vice-campeã finalista medalhista estreante novato novata"
    " veterano veterana suplente futebolista cavaleiro cavaleira jóquei"
    " companheiro companheira alpinista escalador escaladora mergulhador"
    " mergulhadora navegador navegadora velejador velejadora explorador"
    " exploradora",
    # legal cases
    "réu ré acusado acusada arguido arguida suspeito indiciado indiciada"
    " investigado investigada testemunha vítima queixoso queixosa"
    " denunciante preso presa detento detenta recluso reclusa condenado"
    " condenada jurado jurada",
    # family
    "mãe pai mamãe mamã papai filho filha esposa esposo marido viúva viúvo"
    " avô avó neto neta irmão irmã tia tio sobrinho sobrinha primo prima"
    " namorado namorada noivo noiva sogra sogro madrasta padrasto",
    # life stage and sex
    "mulher homem menina menino garota garoto rapaz moça moço jovem"
    " adolescente bebê bebé criança idoso idosa aposentado aposentada"
    " reformado reformada pensionista octogenário octogenária nonagenário"
    " nonagenária centenário centenária senhor senhora estudante aluno"
    " aluna universitário universitária doutorando doutoranda estagiário"
    " estagiária aprendiz",
    # community
    "vizinho vizinha morador moradora residente habitante inquilino"
    " inquilina senhorio senhoria cidadão cidadã eleitor eleitora"
    " contribuinte cliente consumidor consumidora usuário usuária utente"
    " passageiro passageira pedestre turista visitante viajante migrante"
    " imigrante refugiado refugiada peregrino peregrina voluntário"
    " voluntária organizador organizadora sobrevivente paciente torcedor"
    " torcedora adepto adepta espectador espectadora fã fan",
    # religion
    "padre sacerdote pároco bispo arcebispo imã imame rabino monge freira"
    " cardeal papa pontífice pregador pregadora missionário missionária"
    " diácono frei frade capelão",
    # other
    "caçador caçadora guarda-florestal",
    # ex- forms
    "ex-ministro ex-ministra ex-presidente ex-prefeito ex-deputado"
    " ex-deputada ex-governador ex-jogador ex-técnico ex-treinador"
    " ex-mulher ex-marido ex-namorada ex-namorado",
]

_RU = [
    # health
    "врач доктор медик хирург медсестра медбрат фельдшер акушерка санитар"
    " санитарка стоматолог дантист фармацевт провизор ветеринар психолог"
    " психиатр психотерапевт терапевт педиатр кардиолог онколог невролог"
    " гинеколог реаниматолог инфекционист физиотерапевт окулист сиделка",
    # land, trades
    "фермер фермерша крестьянин крестьянка агроном пастух рыбак рыбачка"
    " винодел пчеловод доярка тракторист трактористка инженер техник"
    " механик электрик сантехник плотник столяр каменщик строитель"
    " работница шахтёр шахтер горняк ремесленник кузнец гончар"
    " парикмахер парикмахерша портной портниха швея флорист ювелир"
    " садовник садовница",
    # law
    "юрист адвокат адвокатесса судья прокурор следователь нотариус",
    # education, research
    "учитель учительница преподаватель преподавательница педагог профессор"
    " доцент директор директриса завуч воспитатель воспитательница"
    " исследователь исследовательница учёный ученый археолог историк"
    " экономист аналитик биолог химик физик астроном геолог математик"
    " социолог антрополог политолог эпидемиолог вирусолог иммунолог"
    " метеоролог синоптик климатолог куратор кураторша хранитель"
    " библиотекарь библиотекарша архивист",
    # food and hospitality
    "шеф-повар повар повариха кондитер пекарь мясник пивовар официант"
    " официантка бармен барменша ресторатор",
    # uniformed
    "сапёр сапер пожарный спасатель спасательница полицейский милиционер инспектор"
    " детектив сыщик оперативник участковый солдат сержант лейтенант майор полковник генерал"
    " военнослужащий офицер"
    " моряк матрос лётчик летчик лётчица летчица пилот космонавт астронавт"
    " боец командир снайпер разведчик разведчица охранник охранница"
    " телохранитель сторож вахтёр вахтер консьерж консьержка курьер"
    " почтальон",
    # transport
    "водитель шофёр шофер дальнобойщик таксист автомобилист велосипедист мотоциклист",
    # media and arts
    "журналист журналистка корреспондент корреспондентка репортёр репортер"
    " редактор писатель писательница автор романист поэт поэтесса драматург"
    " сценарист колумнист обозреватель телеведущий телеведущая фотограф"
    " художник художница живописец скульптор иллюстратор музыкант певец"
    " певица композитор дирижёр дирижер пианист пианистка гитарист"
    " гитаристка барабанщик скрипач скрипачка рэпер танцор танцовщица"
    " балерина хореограф актёр актер актриса комик юморист кинорежиссёр"
    " кинорежиссер режиссёр режиссер продюсер модельер дизайнер",
    # business
    "предприниматель предпринимательница бизнесмен бизнесвумен банкир"
    " бухгалтер инвестор торговец торговка продавец продавщица владелец"
    " владелица хозяин хозяйка собственник собственница основатель"
    " основательница сооснователь соосновательница учредитель председатель"
    " председательница президент вице-президент гендиректор руководитель"
    " руководительница начальник начальница менеджер управляющий"
    " заведующий заведующая сотрудник сотрудница работник чиновник"
    " чиновница секретарь секретарша ассистент ассистентка уборщица"
    " дворник няня переводчик переводчица программист программистка"
    " разработчик разработчица айтишник изобретатель изобретательница"
    " консультант",
    # politics
    "мэр градоначальник губернатор депутат депутатка сенатор министр"
    " премьер премьер-министр канцлер дипломат посол консул советник"
    " советница политик кандидат кандидатка активист активистка"
    " правозащитник правозащитница профсоюзник лидер переговорщик"
    " посредник эксперт специалист стратег лоббист король королева принц"
    " принцесса герцог герцогиня монарх",
    # sport
    "тренер наставник наставница игрок капитан арбитр рефери вратарь"
    " голкипер нападающий форвард бомбардир защитник защитница"
    " полузащитник хавбек вингер гонщик гонщица велогонщик бегун бегунья"
    " спринтер пловец пловчиха боксёр боксер борец лыжник лыжница"
    " биатлонист биатлонистка фигурист фигуристка конькобежец гимнаст"
    " гимнастка теннисист теннисистка хоккеист футболист футболистка"
    " баскетболист баскетболистка волейболист волейболистка спортсмен"
    " спортсменка легкоатлет легкоатлетка чемпион чемпионка победитель"
    " победительница призёр призер финалист финалистка медалист"
    " дебютант дебютантка новичок ветеран жокей наездник наездница"
    " партнёр партнер партнёрша одноклубник альпинист альпинистка"
    " скалолаз водолаз яхтсмен путешественник путешественница",
    # legal cases
    "обвиняемый обвиняемая подсудимый подсудимая подозреваемый"
    " подозреваемая свидетель свидетельница потерпевший потерпевшая"
    " жертва истец истица заявитель заявительница заключённый заключенный"
    " заключённая заключенная осуждённый осужденный задержанный"
    " задержанная присяжный преступник преступница",
    # family
    "мать отец мама папа сын дочь жена муж супруга супруг вдова вдовец"
    " бабушка дедушка внук внучка брат сестра тётя тетя дядя племянник"
    " племянница кузен кузина родитель жених невеста свекровь тёща теща"
    " свёкор тесть мачеха отчим сожитель сожительница",
    # life stage and sex
    "женщина мужчина девушка юноша девочка мальчик парень подросток"
    " ребёнок ребенок малыш малышка младенец старик старушка пенсионер"
    " пенсионерка школьник школьница студент студентка ученик ученица"
    " аспирант аспирантка выпускник выпускница стажёр стажер практикант",
    # community
    "сосед соседка житель жительница арендатор домовладелец домовладелица"
    " горожанин горожанка гражданин гражданка избиратель избирательница"
    " налогоплательщик клиент клиентка покупатель покупательница пассажир"
    " пассажирка пешеход турист туристка посетитель посетительница мигрант"
    " мигрантка беженец беженка паломник паломница волонтёр волонтер"
    " волонтёрка волонтерка доброволец организатор пострадавший"
    " пострадавшая пациент пациентка болельщик болельщица фанат фанатка"
    " зритель зрительница",
    # religion
    "священник батюшка пастор епископ архиепископ митрополит патриарх имам"
    " муфтий раввин монах монахиня кардинал понтифик проповедник миссионер"
    " дьякон диакон настоятель настоятельница игумен игуменья",
    # other
    "охотник охотница лесник егерь",
    # ex- forms
    "экс-министр экс-президент экс-губернатор экс-депутат экс-мэр"
    " экс-тренер экс-премьер экс-чемпион экс-чемпионка экс-жена экс-муж",
]

_UK = [
    # health
    "лікар лікарка доктор докторка медик медикиня хірург хірургиня"
    " медсестра медбрат фельдшер фельдшерка акушерка санітар санітарка"
    " стоматолог стоматологиня фармацевт фармацевтка ветеринар ветеринарка"
    " психолог психологиня психіатр психіатриня психотерапевт"
    " психотерапевтка терапевт терапевтка педіатр педіатриня кардіолог"
    " кардіологиня онколог онкологиня невролог неврологиня гінеколог"
    " гінекологиня фізіотерапевт доглядач доглядачка",
    # land, trades
    "фермер фермерка селянин селянка агроном агрономка пастух рибалка"
    " винороб пасічник тракторист трактористка інженер інженерка технік"
    " механік електрик сантехнік тесля столяр муляр будівельник"
    " будівельниця робітник робітниця шахтар гірник ремісник коваль гончар"
    " перукар перукарка кравець кравчиня швачка флорист флористка ювелір"
    " садівник садівниця",
    # law
    "юрист юристка адвокат адвокатка суддя прокурор прокурорка слідчий слідча нотаріус нотаріуска",
    # education, research
    "вчитель вчителька учитель учителька викладач викладачка педагог"
    " педагогиня професор професорка доцент доцентка директор директорка"
    " завуч вихователь вихователька дослідник дослідниця науковець"
    " науковиця учений вчений археолог археологиня історик історикиня"
    " економіст економістка аналітик аналітикиня біолог біологиня хімік"
    " хімікиня фізик фізикиня астроном астрономка геолог геологиня"
    " математик математикиня соціолог соціологиня антрополог"
    " антропологиня політолог політологиня епідеміолог епідеміологиня"
    " вірусолог вірусологиня імунолог імунологиня метеоролог"
    " метеорологиня синоптик синоптикиня кліматолог кліматологиня куратор"
    " кураторка бібліотекар бібліотекарка архівіст архівістка",
    # food and hospitality
    "шеф-кухар кухар кухарка кондитер кондитерка пекар пекарка пивовар"
    " офіціант офіціантка бармен барменка ресторатор",
    # uniformed
    "сапер пожежник пожежниця рятувальник рятувальниця поліцейський поліціянт"
    " поліціянтка детектив інспектор інспекторка"
    " оперативник дільничний солдат сержант лейтенант майор полковник генерал вояк"
    " військовослужбовець"
    " військовослужбовиця офіцер офіцерка моряк матрос льотчик льотчиця"
    " пілот космонавт астронавт боєць бійчиня командир командирка комбат"
    " снайпер снайперка розвідник розвідниця оборонець оборонниця"
    " охоронець охоронниця тілоохоронець сторож консьєрж листоноша",
    # transport
    "водій водійка шофер далекобійник таксист автомобіліст велосипедист велосипедистка мотоцикліст",
    # media and arts
    "журналіст журналістка кореспондент кореспондентка репортер репортерка"
    " редактор редакторка письменник письменниця автор авторка романіст"
    " поет поетеса драматург драматургиня сценарист сценаристка колумніст"
    " колумністка оглядач оглядачка телеведучий телеведуча фотограф"
    " фотографка художник художниця скульптор скульпторка ілюстратор"
    " ілюстраторка музикант музикантка співак співачка композитор"
    " композиторка диригент диригентка піаніст піаністка гітарист"
    " гітаристка барабанщик скрипаль скрипалька репер реперка танцівник"
    " танцівниця балерина хореограф хореографиня актор акторка актриса"
    " комік гуморист режисер режисерка кінорежисер продюсер продюсерка"
    " модельєр дизайнер дизайнерка",
    # business
    "підприємець підприємиця бізнесмен бізнесменка банкір бухгалтер"
    " бухгалтерка інвестор інвесторка торговець продавець продавчиня"
    " власник власниця господар господиня засновник засновниця"
    " співзасновник співзасновниця очільник очільниця керівник керівниця"
    " президент президентка віцепрезидент віце-президент гендиректор"
    " менеджер менеджерка управитель завідувач завідувачка співробітник"
    " співробітниця працівник працівниця урядовець урядовиця посадовець"
    " посадовиця чиновник чиновниця секретар секретарка асистент"
    " асистентка прибиральниця двірник няня перекладач перекладачка"
    " програміст програмістка розробник розробниця айтівець айтішник"
    " винахідник винахідниця соцпрацівник соцпрацівниця консультант"
    " консультантка",
    # politics
    "мер губернатор губернаторка депутат депутатка нардеп сенатор міністр"
    " міністерка канцлер дипломат дипломатка посол посолка консул радник"
    " радниця політик політикиня кандидат кандидатка активіст активістка"
    " правозахисник правозахисниця протестувальник протестувальниця"
    " профспілковець лідер лідерка переговорник посередник посередниця"
    " експерт експертка фахівець фахівчиня спеціаліст спеціалістка"
    " стратег лобіст король королева принц принцеса герцог герцогиня"
    " монарх",
    # sport
    "тренер тренерка наставник наставниця гравець гравчиня капітан"
    " капітанка арбітр арбітриня рефері воротар воротарка голкіпер нападник"
    " нападниця форвард бомбардир захисник захисниця півзахисник"
    " півзахисниця хавбек вінгер гонщик гонщиця велогонщик бігун бігунка"
    " спринтер спринтерка плавець плавчиня боксер боксерка борець борчиня"
    " лижник лижниця біатлоніст біатлоністка фігурист фігуристка ковзаняр"
    " гімнаст гімнастка тенісист тенісистка хокеїст футболіст футболістка"
    " баскетболіст баскетболістка волейболіст волейболістка спортсмен"
    " спортсменка атлет атлетка легкоатлет легкоатлетка чемпіон чемпіонка"
    " переможець переможниця призер призерка фіналіст фіналістка медаліст"
    " медалістка дебютант дебютантка новачок новачка ветеран ветеранка"
    " жокей вершник вершниця партнер партнерка одноклубник альпініст"
    " альпіністка скелелаз водолаз яхтсмен мандрівник мандрівниця",
    # legal cases
    "обвинувачений обвинувачена підсудний підсудна підозрюваний"
    " підозрювана свідок свідка потерпілий потерпіла жертва позивач"
    " позивачка заявник заявниця засуджений засуджена затриманий затримана"
    " присяжний злочинець злочиниця",
    # family
    "мати матір батько мама тато син донька дочка дружина чоловік вдова"
    " вдівець удова бабуся дідусь онук онука брат сестра тітка дядько"
    " племінник племінниця кузен кузина наречений наречена свекруха теща"
    " свекор тесть мачуха вітчим співмешканець співмешканка",
    # life stage and sex
    "жінка дівчина юнак хлопець дівчинка хлопчик підліток дитина малюк"
    " немовля пенсіонер пенсіонерка школяр школярка студент студентка учень"
    " учениця аспірант аспірантка випускник випускниця стажист стажистка"
    " практикант практикантка",
    # community
    "сусід сусідка мешканець мешканка житель жителька орендар орендарка"
    " орендодавець громадянин громадянка виборець виборниця клієнт"
    " клієнтка покупець покупчиня пасажир пасажирка пішохід турист"
    " туристка відвідувач відвідувачка мігрант мігрантка біженець біженка"
    " переселенець переселенка паломник паломниця волонтер волонтерка"
    " доброволець добровольчиня організатор організаторка постраждалий"
    " постраждала пацієнт пацієнтка вболівальник вболівальниця"
    " уболівальник уболівальниця фанат фанатка глядач глядачка",
    # religion
    "священник священик отець пастор єпископ архієпископ митрополит"
    " патріарх імам муфтій рабин чернець черниця кардинал папа понтифік"
    " проповідник місіонер диякон настоятель настоятелька ігумен ігуменя",
    # other
    "мисливець мисливиця лісник єгер",
    # ex- forms
    "ексміністр екс-міністр ексміністерка ексдепутат екс-депутат"
    " експрезидент екс-президент екстренер екс-тренер ексчемпіон"
    " екс-чемпіон",
]

_PL = [
    # health
    "lekarz lekarka doktor doktorka medyk chirurg chirurżka pielęgniarka"
    " pielęgniarz położna ratownik ratowniczka sanitariusz dentysta"
    " dentystka stomatolog farmaceuta farmaceutka aptekarz weterynarz"
    " psycholog psycholożka psychiatra psychoterapeuta psychoterapeutka"
    " terapeuta terapeutka pediatra kardiolog onkolog neurolog ginekolog"
    " fizjoterapeuta fizjoterapeutka",
    # land, trades
    "rolnik rolniczka chłop chłopka gospodarz gospodyni hodowca hodowczyni"
    " pasterz rybak winiarz pszczelarz traktorzysta leśnik gajowy myśliwy"
    " inżynier inżynierka technik mechanik elektryk hydraulik stolarz"
    " cieśla murarz budowlaniec robotnik robotnica górnik rzemieślnik"
    " kowal garncarz fryzjer fryzjerka krawiec krawcowa szwaczka florysta"
    " florystka jubiler ogrodnik ogrodniczka",
    # law
    "prawnik prawniczka adwokat adwokatka mecenas sędzia sędzina prokurator prokuratorka notariusz",
    # education, research
    "nauczyciel nauczycielka wykładowca wykładowczyni pedagog pedagożka"
    " profesor profesorka docent dyrektor dyrektorka wychowawca"
    " wychowawczyni badacz badaczka naukowiec naukowczyni archeolog"
    " archeolożka historyk historyczka ekonomista ekonomistka analityk"
    " analityczka biolog biolożka chemik chemiczka fizyk fizyczka"
    " astronom astronomka geolog geolożka matematyk matematyczka socjolog"
    " socjolożka antropolog antropolożka politolog politolożka epidemiolog"
    " epidemiolożka wirusolog wirusolożka immunolog meteorolog meteorolożka"
    " synoptyk klimatolog kurator kuratorka bibliotekarz bibliotekarka"
    " archiwista archiwistka",
    # food and hospitality
    "kucharz kucharka szef szefowa piekarz piekarka cukiernik cukierniczka"
    " rzeźnik browarnik kelner kelnerka barman barmanka restaurator"
    " restauratorka hotelarz",
    # uniformed
    "saper strażak strażaczka policjant policjantka funkcjonariusz"
    " funkcjonariuszka detektyw inspektor śledczy komisarz komendant"
    " komendantka żołnierz żołnierka oficer sierżant porucznik major pułkownik generał marynarz"
    " pilot kosmonauta"
    " astronauta strażnik strażniczka ochroniarz ochroniarka portier"
    " kurier kurierka listonosz listonoszka",
    # transport
    "kierowca kierowczyni szofer taksówkarz taksówkarka motocyklista rowerzysta rowerzystka",
    # media and arts
    "dziennikarz dziennikarka reporter reporterka korespondent"
    " korespondentka redaktor redaktorka pisarz pisarka autor autorka"
    " powieściopisarz powieściopisarka poeta poetka dramaturg scenarzysta"
    " scenarzystka felietonista felietonistka publicysta publicystka"
    " komentator komentatorka prezenter prezenterka fotograf fotografka"
    " artysta artystka malarz malarka rzeźbiarz rzeźbiarka ilustrator"
    " ilustratorka muzyk piosenkarz piosenkarka śpiewak śpiewaczka"
    " wokalista wokalistka kompozytor kompozytorka dyrygent dyrygentka"
    " pianista pianistka gitarzysta gitarzystka perkusista skrzypek"
    " skrzypaczka raper raperka tancerz tancerka baletnica choreograf"
    " choreografka aktor aktorka komik satyryk reżyser reżyserka producent"
    " producentka projektant projektantka",
    # business
    "przedsiębiorca przedsiębiorczyni biznesmen bizneswoman bankier"
    " księgowy księgowa inwestor inwestorka handlowiec kupiec sprzedawca"
    " sprzedawczyni sklepikarz właściciel właścicielka założyciel"
    " założycielka współzałożyciel współzałożycielka prezes prezeska"
    " przewodniczący przewodnicząca prezydent prezydentka wiceprezydent"
    " wiceprezes wiceprzewodniczący menedżer menedżerka kierownik"
    " kierowniczka zarządca pracodawca pracownik pracownica urzędnik"
    " urzędniczka sekretarz sekretarka asystent asystentka sprzątaczka"
    " woźny dozorca opiekun opiekunka niania tłumacz tłumaczka programista"
    " programistka informatyk informatyczka wynalazca wynalazczyni"
    " konsultant konsultantka",
    # politics
    "burmistrz burmistrzyni wójt sołtys starosta radny radna poseł"
    " posłanka senator senatorka europoseł europosłanka gubernator minister"
    " ministra premier premierka wicepremier wiceminister kanclerz"
    " dyplomata dyplomatka ambasador ambasadorka konsul wojewoda doradca"
    " doradczyni polityk polityczka kandydat kandydatka działacz"
    " działaczka aktywista aktywistka demonstrant demonstrantka"
    " protestujący związkowiec związkowczyni lider liderka negocjator"
    " mediator mediatorka ekspert ekspertka specjalista specjalistka"
    " strateg lobbysta król królowa książę księżna monarcha",
    # sport
    "trener trenerka szkoleniowiec selekcjoner selekcjonerka zawodnik"
    " zawodniczka gracz piłkarz piłkarka kapitan kapitanka arbiter"
    " bramkarz bramkarka napastnik napastniczka obrońca obrończyni"
    " pomocnik pomocniczka skrzydłowy rozgrywający rozgrywająca rajdowiec"
    " żużlowiec kolarz kolarka biegacz biegaczka sprinter sprinterka pływak"
    " pływaczka bokser bokserka zapaśnik zapaśniczka narciarz narciarka"
    " skoczek biathlonista biathlonistka łyżwiarz łyżwiarka gimnastyk"
    " gimnastyczka golfista tenisista tenisistka hokeista koszykarz"
    " koszykarka siatkarz siatkarka szczypiornista sportowiec sportsmenka"
    " lekkoatleta lekkoatletka olimpijczyk olimpijka mistrz mistrzyni"
    " wicemistrz wicemistrzyni zwycięzca zwyciężczyni triumfator"
    " triumfatorka finalista finalistka medalista medalistka debiutant"
    " debiutantka nowicjusz nowicjuszka weteran weteranka dżokej jeździec"
    " kolega koleżanka alpinista alpinistka himalaista himalaistka wspinacz"
    " nurek żeglarz żeglarka podróżnik podróżniczka odkrywca",
    # legal cases
    "oskarżony oskarżona podejrzany podejrzana świadek ofiara poszkodowany"
    " poszkodowana pokrzywdzony pokrzywdzona powódka skarżący skarżąca"
    " więzień więźniarka osadzony osadzona skazany skazana zatrzymany"
    " zatrzymana przysięgły ławnik ławniczka sprawca sprawczyni przestępca"
    " przestępczyni",
    # family
    "matka ojciec mama tata syn córka żona mąż wdowa wdowiec babcia dziadek"
    " wnuk wnuczka brat siostra ciocia ciotka wujek wuj stryj kuzyn kuzynka"
    " rodzic narzeczony narzeczona partner partnerka teściowa teść macocha"
    " ojczym konkubent konkubina",
    # life stage and sex
    "kobieta mężczyzna dziewczyna chłopak dziewczynka chłopiec nastolatek"
    " nastolatka dziecko niemowlę maluch młodzieniec staruszek staruszka"
    " emeryt emerytka senior seniorka rencista rencistka uczeń uczennica"
    " student studentka licealista licealistka doktorant doktorantka"
    " absolwent absolwentka stażysta stażystka praktykant praktykantka",
    # community
    "sąsiad sąsiadka mieszkaniec mieszkanka lokator lokatorka najemca"
    " obywatel obywatelka wyborca wyborczyni podatnik klient klientka"
    " konsument pasażer pasażerka pieszy turysta turystka gość migrant"
    " migrantka imigrant imigrantka uchodźca uchodźczyni pielgrzym"
    " wolontariusz wolontariuszka ochotnik ochotniczka organizator"
    " organizatorka ocalały ocalała pacjent pacjentka kibic kibicka fan"
    " fanka widz",
    # religion
    "ksiądz kapłan duchowny pastor biskup arcybiskup metropolita imam rabin"
    " mnich zakonnica zakonnik kardynał papież proboszcz wikariusz"
    " kaznodzieja misjonarz misjonarka diakon przeor przeorysza",
    # ex- forms
    "eksminister eksprezydent ekspremier eksmąż",
]

DESCRIPTIONS: dict[str, frozenset[str]] = {
    language: word_set(" ".join(parts))
    for language, parts in (
        ("en", _EN),
        ("de", _DE),
        ("fr", _FR),
        ("es", _ES),
        ("it", _IT),
        ("pt", _PT),
        ("ru", _RU),
        ("uk", _UK),
        ("pl", _PL),
    )
}

# Usually someone new the report does not name: "a police spokesman said", "сообщил источник".
UNNAMED_SOURCES: dict[str, frozenset[str]] = {
    language: word_set(words)
    for language, words in {
        "en": (
            "spokesman spokeswoman spokesperson representative source insider"
            " informant eyewitness passer-by passerby bystander onlooker"
            " interlocutor investigator detective"
        ),
        "de": (
            "sprecher sprecherin pressesprecher pressesprecherin"
            " regierungssprecher regierungssprecherin polizeisprecher"
            " polizeisprecherin unternehmenssprecher unternehmenssprecherin"
            " vertreter vertreterin quelle insider insiderin informant"
            " informantin augenzeuge augenzeugin passant passantin"
            " gesprächspartner gesprächspartnerin ermittler ermittlerin"
        ),
        "fr": (
            "porte-parole représentant représentante source initié initiée"
            " informateur informatrice passant passante badaud"
            " badaude interlocuteur interlocutrice enquêteur enquêtrice"
        ),
        "es": (
            "portavoz vocero vocera representante fuente informante"
            " transeúnte viandante interlocutor interlocutora"
        ),
        "it": (
            "portavoce rappresentante fonte informatore informatrice"
            " passante interlocutore interlocutrice"
        ),
        "pt": ("porta-voz representante fonte informante transeunte interlocutor interlocutora"),
        "ru": (
            "пресс-секретарь пресс-секретарша представитель представительница"
            " источник инсайдер информатор осведомитель очевидец очевидица"
            " прохожий прохожая собеседник собеседница следователь"
        ),
        "uk": (
            "речник речниця прессекретар прес-секретар представник представниця"
            " джерело інсайдер інформатор інформаторка очевидець очевидиця"
            " перехожий перехожа співрозмовник співрозмовниця слідчий слідча"
        ),
        "pl": (
            "rzecznik rzeczniczka przedstawiciel przedstawicielka źródło"
            " informator informatorka insider przechodzień rozmówca rozmówczyni śledczy"
        ),
    }.items()
}


# Nouns for a scientist, by their ending: "la paleontóloga", "der Vulkanologe", "сказал
# гляциолог"; less the few words that end so and name no one.
_SCIENTIST_ENDINGS = {
    "en": ("ologist",),
    "es": ("ólogo", "óloga"),
    "pt": ("ólogo", "óloga"),
    "it": ("ologo", "ologa"),
    "fr": ("ologue",),
    "de": ("ologe", "ologin"),
    "ru": ("олог", "ологиня"),
    "uk": ("олог", "ологиня"),
    "pl": ("olog", "olożka"),
}
_NOT_SCIENTISTS = word_set(
    "prólogo prologo prologue monologue monólogo monologo prologe монолог пролог некролог "
    "monolog prolog nekrolog"
)


@lru_cache(maxsize=16)
def more_descriptions(language: str) -> frozenset[str]:
    """The longer list of such words for ``language`` (``data/descriptions``): trades, offices
    and roles the short lists above leave out; empty for a language with none."""
    words = set(data_lines("descriptions", language))
    return frozenset(words | {w.replace("'", "’") for w in words})  # "прем'єр", "прем’єр"


def is_description(word: str, language: str) -> bool:
    """``word`` (lower case) is a word for a person already named in ``language``."""
    if word in UNNAMED_SOURCES.get(language, frozenset()):
        return False
    if word in DESCRIPTIONS.get(language, frozenset()) or word in more_descriptions(language):
        return True
    endings = _SCIENTIST_ENDINGS.get(language)
    return bool(endings) and word.endswith(endings) and word not in _NOT_SCIENTISTS
