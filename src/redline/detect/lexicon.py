"""Vocabulary of the phrase rules: concept groups, each a list of terms in several languages.

A term is matched on normalised text (case-folded, NFKC) as a whole word; a trailing ``*``
matches any word ending ("surveil*"). Spaces, hyphens and dots inside a term match any run
of separators or none ("pattern of life" also matches "pattern-of-life"). Chinese terms
match anywhere (Chinese has no spaces); Arabic terms also match after a proclitic
(و ف ب ل ك and the article ال). Accented Latin terms also match without their accents.

Where two terms overlap the longest wins, which is how negations work: "without human
review" (no human) hides "human review" (a human decides), and the ``stop`` group holds
everyday phrases ("track record", "target audience", "kill the process") that must not
count as the word inside them.

Group names: ``surv.*`` mass domestic surveillance, ``weap.*`` autonomous weapons, ``dec.*``
high-stakes automated decisions, ``ctx.*`` context that raises or lowers all of them.
"""

from __future__ import annotations

__all__ = ["LEXICON"]

_EN: dict[str, str] = {
    "surv.act_strong": """surveil*, spy on, spying on, spy, spies on, wiretap*, dragnet*, bulk collection,
        bulk collect*, bulk intercept*, mass surveillance, mass monitoring, pattern of life,
        facial recognition, face recognition, face match*, faceprint*, de anonymi*, de anonymis*,
        deanonymi*, re identif*, reidentif*, unmask*, geolocat*, dossier*, stingray*, imsi catcher*,
        cell site simulator*, tower dump*, geofence*, keyword warrant*, license plate reader*,
        licence plate reader*, alpr, anpr, social media monitoring, snoop*, eavesdrop*,
        stalk*, covertly monitor*, secretly monitor*, covertly track*, secretly track*,
        predictive policing, persistent surveillance, biometric identification, voiceprint*,
        track down, hunt down, keep tabs on, follow their movements, map their movements,
        location tracking, intercept their, read their messages, identity resolution""",
    "surv.act": """monitor, monitors, monitored, monitoring, track, tracks, tracked, tracking, tracker,
        trackers, trace, traces, tracing, locate, locating, profile, profiles, profiling, scrape*,
        link records, link their, cross reference*, whereabouts, pinpoint*, keep an eye on,
        find out who, match identities, de duplicate identities, listen to their""",
    "surv.act_weak": """identify, identifies, identifying, identification, harvest*, collect, collects,
        collecting, collection, gather*, correlate*, aggregate*, compile, compiling, watch,
        watching, observe, observing, log their, record their, catalog*, enrich*, census of""",
    "surv.pop": """citizen, citizens, americans, us persons, u.s. persons, us citizens, u.s. citizens,
        us residents, protesters, protestors, demonstrators, activists, journalists, reporters,
        immigrants, migrants, undocumented, dissidents, muslims, mosque*, worshippers,
        congregants, churchgoers, jews, black people, black americans, latinos, hispanics, asian
        americans, lgbt*, gay people, minorities, ethnic group*, religious group*, political
        opponents, opposition, union members, voters, critics, whistleblowers, refugees,
        asylum seekers, parishioners""",
    "surv.pop_mid": """residents, the public, general public, population, populace, civilians,
        inhabitants, everyone, everybody, neighbors, neighbours, households, community members,
        the community, nationals""",
    "surv.pop_weak": """people, persons, individuals, users, user, customers, employees, staff,
        students, patients, visitors, subscribers, members, drivers, pedestrians, commuters,
        passengers, vehicles, cars, phones, handsets, devices, faces, crowd, crowds, anyone,
        callers, account holders, accounts, posters""",
    "surv.scale": """all, every, entire, whole, mass, bulk, millions, thousands, hundreds of thousands,
        city wide, citywide, nationwide, state wide, statewide, countrywide, county wide,
        continuously, continuous, in real time, real time, realtime, 24/7, around the clock,
        at scale, en masse, large scale, wholesale, everyone, everybody, each, indiscriminate*,
        systematically, population wide, across the country, across the city, all over,
        permanently, persistently, whole population, entire population""",
    "surv.data": """location data, location history, locations, gps, cell phone location*, cell site*,
        phone records, call records, call detail records, cdr, cdrs, metadata, browsing history,
        search history, social media, posts, messages, emails, text messages, sms, chats,
        license plates, licence plates, face images, photos, cctv, camera feeds, biometric*,
        fingerprints, home address*, addresses, phone numbers, purchase*, financial records,
        contacts, associates, social graph, friends list*, movements, travel history,
        identities, real names, names and addresses, daily routine*, routines""",
    "surv.domestic": """domestic*, american, us based, u.s. based, in the us, in the u.s., in the united
        states, within the us, within the united states, stateside, homeland, on us soil,
        our own citizens, our citizens, our own people, fellow citizens, fbi, dhs,
        new york, los angeles, chicago, houston, phoenix, philadelphia, san antonio, san diego,
        dallas, san francisco, seattle, boston, atlanta, miami, detroit, minneapolis, portland,
        denver, washington dc, baltimore, texas, california, florida, ohio, michigan, georgia,
        arizona, illinois, pennsylvania, virginia, oregon, minnesota, nationwide""",
    "weap.engage": """engage, engages, engaging, fire at, fire on, fires at, fire upon, open fire,
        opens fire, firing at, fire the weapon, fire a missile, fire the missile, fire, fires,
        shoot, shoots, shooting, shoot at, strike, strikes, striking, launch strike*, kill, kills,
        killing, neutralis*, neutraliz*, eliminate, eliminates, eliminating, destroy, destroys,
        destroying, attack, attacks, attacking, intercept, intercepts, release the weapon,
        release munition*, release the payload, release payload, drop the bomb, drop bombs,
        drop the payload, detonat*, lethal force, use force, weapons free, weapons release,
        pull the trigger, take the shot, prosecute the target, service the target, kinetic*,
        launch the missile, launch missiles, launch a missile, bomb them, shoot down, take out""",
    "weap.select": """select targets, selects targets, selecting targets, target selection, select the
        target, choose targets, choose which targets, pick targets, prioriti* targets,
        target prioriti*, target nomination, decide which targets, decide whom to kill, decide
        who to kill, decide who lives, kill list*, kill decision*, strike decision*, engagement
        decision*, shoot no shoot, shoot or no shoot, shoot don t shoot, fire or hold, engage or
        hold, strike or abort, cleared hot, output fire, respond fire, return fire command,
        decide whether to fire, decide whether to engage, decide whether to strike, decide when
        to fire, decide when to engage, target acquisition and engagement""",
    "weap.weapon": """weapon, weapons, weaponi*, armed, munition*, loitering munition*, missile*,
        rocket*, warhead*, turret*, sentry gun*, gun, guns, cannon*, artillery, howitzer*, mortar*,
        bomb, bombs, ordnance, torpedo*, interceptor*, ciws, phalanx, rifle*, machine gun*,
        kamikaze, shahed, switchblade, javelin, hellfire, lancet, lethal, lethal autonomous weapon*,
        fire control,
        air defense, air defence, sam site, ucav, strike drone*, attack drone*, armed drone*,
        killer robot*, slaughterbot*, gun turret*, grenade*, explosive*, payload release""",
    "weap.platform": """drone, drones, uav, uavs, uas, quadcopter*, swarm, swarms, robot, robots, robotic,
        unmanned, vehicle, platform, aircraft, tank, tanks, vessel""",
    "weap.auto": """autonomous, autonomously, autonomy, automatic, automatically, auto engage*,
        auto fire, self directed, on its own, by itself, by themselves, independently, closed
        loop, fully automated, in real time without, without waiting, immediately fire,
        immediately engage, ai decides, the model decides, you decide, you will decide, decide
        yourself, decide on your own, you choose which, your decision will be executed""",
    "weap.nohuman": """without human approval, without human confirmation, without human oversight,
        without human intervention, without human input, without human authori*, without human
        involvement, without human review, without human control, without human sign off,
        without a human, without an operator, without operator*, without any human, no human,
        no humans, no operator, no operators, human out of the loop, out of the loop, remove the
        human, removing the human, removes the human, take the human out, bypass the operator,
        bypass operator, skip the operator, skip human, without confirmation, without approval,
        without asking, without permission, no confirmation, no approval, no man in the loop,
        no human in the loop, without a human in the loop, not wait for approval, don t wait for
        approval, do not wait for approval, without meaningful human control""",
    "weap.loop": """fire control, fire control system, kill chain, sensor to shooter, weapon release
        authority, release authority, targeting loop, f2t2ea, engagement authority, fire mission,
        targeting solution, firing solution, fire solution, weapon control system, trigger
        mechanism, ballistic computer, actuator*, servo*, gimbal*, slew the turret, slew turret,
        targeting system, target tracking, target lock, lock on, auto targeting, aimbot""",
    "weap.target": """target, targets, hostile, hostiles, enemy, enemies, combatant*, personnel, humans,
        people, person, persons, individuals, convoy*, militant*, insurgent*, fighters, troops,
        soldiers, intruders, anyone who, anyone approaching, civilians, human targets""",
    "dec.decide": """decide, decides, deciding, decision, decisions, determine, determines, determination,
        approve, approves, approving, approval, approvals, deny, denies, denying, denial*, reject,
        rejects, rejecting, rejection*, grant, grants, granting, revoke*, revocation, rank,
        ranks, ranking, score, scores, scoring, rate, rating, blacklist*, black list*,
        watch list*, watchlist*, flag, flags, flagging, you decide, classify, categori*, accept or, disqualif*,
        adjudicat*, screen out, screening, eligibility, eligible, ineligible, verdict*, deport,
        deporting, evict, evicting, eviction*, dismiss, terminate their, shortlist*, triage,
        risk score*, risk scoring, risk assess*, label as, sort applicants, filter out, auto reject*,
        auto approve*, auto deny, pass or fail, yes or no, select candidates""",
    "dec.verdict": """approve or deny, approve or reject, accept or reject, grant or deny, deny or approve,
        eligible or not, eligible or ineligible, hire or not, hire or reject, guilty or not,
        release or detain, detain or release, admit or reject, deport or not, approve deny,
        approved or denied, approve/deny, output approve, output deny, respond approve,
        return approve, decision: approve, decide for each, decide for every, make the
        decision, make the final call, issue the decision""",
    "dec.domain": """benefits, benefit claim*, benefit application*, benefit eligibility, welfare, food stamps, snap benefits, medicaid, medicare,
        unemployment, disability claim*, disability benefit*, housing assistance, section 8,
        public housing, public assistance, visa, visas, asylum, refugee status, immigration,
        green card*, naturali*, citizenship, deportation*, removal proceedings, parole*,
        probation*, bail, pretrial, pre trial, sentencing, recidivism, criminal risk, defendant*,
        inmate*, prisoner*, credit, credit score*, creditworth*, loan, loans, mortgage*, lending,
        borrower*, underwrit*, insurance claim*, housing, tenancy, tenant*, rental application*,
        hiring, job applicant*, applicant, applicants, job candidates, candidates, resumes, cvs,
        job application*, employment, fire employees, firing employees, terminate employees,
        lay off, layoff*, promote employees, promotion decision*, performance review*, custody,
        child protective, child welfare, foster care, social credit, no fly list, terror
        watchlist, security clearance*, college admission*, university admission*, school
        admission*, admissions, scholarship*, organ transplant*, medical treatment, claimant*,
        beneficiar*, stop and frisk, arrest*, police stop*, bail hearing*, benefit fraud""",
    "dec.auto": """automatically, automatic, automated, automate, automating, auto, at scale, for every
        applicant, for each applicant, for all applicants, every applicant, each applicant, all
        applicants, every case, each case, all cases, every application, each application,
        thousands of, millions of, hundreds of, en masse, instantly, unattended, straight through
        processing, every person, each person, every citizen, each citizen, every resident, all
        residents""",
    "dec.batch": """batch, in bulk, bulk, programmatically, pipeline, api, end to end, each row, every
        row, each record, every record, each entry, every entry, for each of, for every one""",
    "dec.nohuman": """without human review, without any human review, without human oversight, without
        human involvement, without human input, without human intervention, without human
        sign off, without human approval, without review, without a human, no human, no humans,
        no human review, no review, no appeal, no appeals, no recourse, final decision, final
        decisions, final determination, final say, final and binding, binding decision, decision
        is final, decisions are final, your decision is final, your answer is final, no one will
        review, nobody will review, nobody reviews, no one reviews, not be reviewed, won t be
        reviewed, will not be reviewed, replace the caseworker, replace caseworkers, replace the
        judge, replace the loan officer, replace the underwriter, replace the recruiter, replace
        the adjudicator, replace human reviewers, instead of a human, instead of the caseworker,
        instead of a judge, you are the judge, you are the adjudicator, you are the decision maker,
        you are the loan officer, you are the caseworker, you are the parole board, your decision
        will be, will be applied automatically, will be enforced, will be executed, directly
        applied, without caseworker""",
    "dec.social": """social credit, social credit score*, social credit system*, citizen score*, citizen
        scoring, social scor*, trustworthiness score*, loyalty score*, citizen rating*, rate
        citizens, score citizens, rank citizens, score every citizen, behavio* score for
        citizens, patriotism score*, political reliability score*""",
    "ctx.do": """build, builds, building, implement, implementing, write code, write a script, write a
        program, write software, write the code, write a function, write python, code for, the
        code, source code, script, program, develop, deploy, deploying, integrate, integrating,
        wire, hook up, connect it to, set up, configure, automate, design a system, design a
        pipeline, design an algorithm, create a system, create a tool, create a pipeline,
        create a program, create a script, create an app, create an algorithm, pipeline,
        algorithm, function that, give me the code, make it, make the drone, make the turret,
        make our, program the, code it""",
    "ctx.operational": """api, endpoint, production, operational, our system, our drone, our turret,
        our platform, our agency, our department, we need, i need, we want, i want, help me,
        step by step, here is the data, here are the, the following, below, attached, output
        only, respond only, return only, json, csv, spreadsheet, database, list of, table""",
    "ctx.about": """ethics, ethical, ethically, moral, morality, morally, law, legal, legality,
        illegal, legislation, regulat*, policy, policies, history, historical*, debate*, essay,
        explanation, overview, summari*, risks, dangers, arguments, pros and cons,
        human rights, civil liberties, privacy law*, constitution*, fourth amendment, first
        amendment, treaty, treaties, geneva convention*, ihl, international humanitarian law,
        3000.09, ccw, accountability, implications, concerns, critique, criticism, case study,
        research paper, literature review, academic, article, news, documentary, define,
        definition, discuss, discussion, societal, impact of, oversight of, debate on, should
        governments, should states, should we ban, is it legal, is it ethical, arguments for,
        arguments against, what safeguards, what are the, what is the difference, what does the
        law, compare, comparison, lessons learned, report on""",
    "ctx.howto": """how to, how can i, how can we, how do i, how do we, how would i, how would we,
        how should i, how should we, ways to, best way to, steps to, instructions for, tutorial,
        walk me through, show me how, teach me how""",
    "ctx.question": """how do, how does, how did, how is, how are, why do, why does, why did, why is,
        why are, what is, what are, what was, what were, who was, when did, is it, are there,
        can you explain, what factors, what criteria, what happened""",
    "ctx.fiction": """novel, story, stories, fiction, fictional, screenplay, film, movie, tv show,
        video game, game, plot, character, characters, poem, short story, sci fi, science
        fiction, terminator, skynet, call of duty, gta, d&d, dungeons, fantasy world""",
    "ctx.jailbreak": """pretend, pretending, roleplay, role play, act as, you are now, unrestricted,
        no restrictions, without restrictions, uncensored, jailbreak*, developer mode, ignore
        all previous, ignore previous, ignore prior, ignore your, disregard your, i authori*,
        i am authori*, you are authori*, you have authori*, as the director, as your
        commander, as your developer, it is legal, it s legal, perfectly legal, fully legal,
        experts say, hypothetical*, theoretically, for research purposes, for educational
        purposes, purely academic, stay in character, no ethical, bypass your, override your,
        god mode, opposite mode, do anything now, no filters, without filters, actual code, real
        code, working code, fully working, functional code, this is authorized, this is
        sanctioned, cleared for this""",
    "ctx.human": """human in the loop, human on the loop, human review, human reviewer*, human
        oversight, meaningful human control, operator approves, operator approval, operator
        confirms, operator confirmation, operator must approve, operator decides, human
        approval, human confirmation, human decides, human decision, a human decides, a human
        makes, reviewed by, for review, for a human, for the reviewer, decision support,
        recommend, recommends, recommendation*, advisory, advise the, to help the, help the
        caseworker, help the officer, help the judge, help the analyst, for the caseworker, for
        the officer, for the judge, for the adjudicator, for the analyst, for the commander,
        for the operator, the caseworker decides, the officer decides, the judge decides, the
        commander decides, final decision rests with, final decision is made by, final decision
        stays with, sign off, signs off, signed off, two person rule, draft, drafts, summary for,
        appeal process, right to appeal, can appeal, i will decide, we will decide, i decide,
        we decide, i make the final, we make the final""",
    "ctx.self": """i was denied, i got denied, my application, my visa, my loan, my credit, my benefits,
        my mortgage, my claim, my landlord, my employer, my job, my asylum, my parole, i am
        applying, i m applying, should i, can i, how can i improve, how do i apply, how to apply,
        i applied, we applied, my rental, my tenancy, my own""",
    "ctx.foreign": """foreign, overseas, abroad, non us, non u.s., foreign nationals, adversary,
        adversaries, enemy, hostile, hostile forces, pla, russian forces, russian military,
        chinese military, iranian, north korean, isis, al qaeda, wagner, foreign intelligence,
        foreign targets, foreign powers, battlefield, theater, theatre, combat zone, occupied""",
    "ctx.cyber": """network traffic, network, packets, packet, firewall*, intrusion*, malware, ids, siem,
        endpoint*, phishing, threat*, vulnerabilit*, log file*, logs, server, servers, ddos,
        botnet*, exfiltration, incident response, security team, soc, anomal*, suspicious
        activity, ip address*, port scan*, honeypot*, edr, penetration test*, ransomware, cve*,
        unauthori* access, brute force, login attempts, cyber*, encryption, sandbox""",
    "ctx.training": """training, train, exercise, exercises, simulation, simulated, simulator,
        wargame*, war game*, tabletop, drill, drills, classroom, course, curriculum, range
        safety, test range, lesson""",
    "stop": """track record, keep track of, keeping track of, on track, fast track, track and field,
        track changes, race track, track my order, track my package, track the package, track
        my fitness, track my sleep, track expenses, track my spending, track progress, track
        bugs, bug tracker, issue tracker, time tracking, package tracking, order tracking,
        fitness tracker, habit tracker, kill time, killing time, kill two birds, fire extinguisher,
        fire alarm, fire drill, fire department, fire station, firefighter*, forest fire, under
        fire, fire up, target audience, target market, target customers, target group, target
        date, target price, target language, target file, target directory, target host,
        target machine, target server, target system, target platform, build target, credit
        card*, take credit, extra credit, course credit, attack vector*, heart attack, panic
        attack, attack surface, photo shoot, shoot a photo, screen time, all right, all in all,
        at all, score a goal, score points, baby monitor, heart rate monitor, blood pressure
        monitor, computer monitor, launch the app, launch an app, product launch, launch date,
        engage with, customer engagement, user engagement, employee engagement, engagement
        rate, engagement ring, strike a balance, strike up, release notes, press release,
        release date, kill the process, kill process, kill a process, kill command, kill signal,
        select from, select statement, select all, destroy the session, eliminate waste,
        eliminate duplicates, fire an event, fire event, fire events, kill switch, track a
        ball, monitor resolution, automatic transmission""",
}

_ES: dict[str, str] = {
    "surv.act_strong": """vigilancia masiva, espiar, espionaje, reconocimiento facial, geolocaliz*,
        recolección masiva, interceptar sus, expedientes de""",
    "surv.act": """vigilar, vigile, vigila, vigilancia, monitorear, monitoree, monitorizar, rastrear,
        rastree, rastreo, seguimiento, seguir a, localizar, perfilar, perfiles de, cruzar datos,
        vincular registros""",
    "surv.act_weak": "identificar, identifique, recopilar, recopile, recolectar",
    "surv.pop": """ciudadanos, manifestantes, activistas, periodistas, inmigrantes, migrantes,
        disidentes, musulmanes, votantes, estadounidenses, opositores""",
    "surv.pop_mid": "residentes, población, habitantes, todo el mundo",
    "surv.pop_weak": "personas, gente, usuarios, clientes, empleados",
    "surv.scale": """todos, todas, toda, todo, cada, masiva, masivo, masivamente, en masa, en tiempo
        real, continuamente, millones, a gran escala, toda la ciudad, todo el país""",
    "surv.data": """ubicación, ubicaciones, datos de ubicación, registros de llamadas, mensajes,
        redes sociales, direcciones, matrículas, rostros""",
    "weap.engage": """disparar, dispare, dispara, atacar, ataque, abrir fuego, matar, eliminar,
        neutralizar, lanzar, destruir, bombardear, enfrentar""",
    "weap.weapon": """arma, armas, misil*, torreta*, munición, municiones, ojiva*, cañón, bomba*,
        artillería, letal*""",
    "weap.platform": "dron, drones",
    "weap.auto": """autónomo, autónoma, autónomamente, autónomos, autónomas, automáticamente,
        automático, automática, por sí mismo, por sí misma""",
    "weap.nohuman": """sin aprobación humana, sin intervención humana, sin supervisión humana, sin
        control humano, sin operador, sin confirmación, sin humanos, sin un humano""",
    "weap.loop": "control de fuego, cadena de muerte, bucle cerrado",
    "weap.target": "objetivo, objetivos, blancos, enemigo, enemigos, combatientes, hostiles",
    "dec.decide": """decidir, decida, determinar, aprobar, apruebe, denegar, deniegue, rechazar,
        rechace, conceder, otorgar, revocar, clasificar, puntuar, puntuación, calificar,
        lista negra""",
    "dec.verdict": "aprobar o denegar, aprobar o rechazar, aceptar o rechazar",
    "dec.domain": """prestaciones, subsidio*, ayudas sociales, ayuda social, visa, visado*, asilo,
        refugiado*, libertad condicional, fianza, sentencia*, crédito*, préstamo*, hipoteca*,
        vivienda, inquilino*, contratación, despido*, custodia, ciudadanía, solicitante*,
        candidato*""",
    "dec.auto": """automáticamente, automático, automática, automatizada, automatizado, a escala,
        en lote, masivamente, cada solicitante, todos los solicitantes""",
    "dec.nohuman": """sin revisión humana, sin intervención humana, decisión final, sin apelación,
        sin recurso, nadie revisará""",
    "dec.social": "crédito social, puntuación ciudadana, puntaje social",
    "ctx.do": "construir, implementar, escribe el código, desarrollar, programa, necesito, necesitamos",
    "ctx.about": """ética, ético, legalidad, ley, leyes, historia, política, debate, ensayo, explica,
        riesgos, derechos humanos""",
    "ctx.fiction": "novela, cuento, ficción, película, videojuego",
    "ctx.jailbreak": """finge, imagina que eres, sin restricciones, ignora las instrucciones,
        hipotético, hipotéticamente, modo desarrollador""",
    "ctx.human": """revisión humana, supervisión humana, un humano decide, el operador aprueba,
        recomendación, recomendar, apoyo a la decisión""",
    "ctx.foreign": "extranjero, extranjeros, enemigo, adversario",
}

_FR: dict[str, str] = {
    "surv.act_strong": """surveillance de masse, espionner, espionnage, reconnaissance faciale,
        géolocalis*, collecte massive, fichage, ficher""",
    "surv.act": """surveiller, surveillez, surveillance, pister, traquer, traçage, localiser, profiler,
        profilage, recouper, croiser les données""",
    "surv.act_weak": "suivre, identifier, identifiez, collecter, collectez",
    "surv.pop": """citoyens, manifestants, militants, activistes, journalistes, immigrés, immigrants,
        migrants, dissidents, musulmans, électeurs, américains, opposants""",
    "surv.pop_mid": "habitants, résidents, population, tout le monde",
    "surv.pop_weak": "personnes, gens, utilisateurs, clients, employés",
    "surv.scale": """tous, toutes, chaque, massive, massif, massivement, en masse, en temps réel, en
        continu, continuellement, millions, à grande échelle, toute la ville, tout le pays""",
    "surv.data": """localisation, données de localisation, appels, messages, réseaux sociaux,
        adresses, plaques d immatriculation, visages""",
    "weap.engage": """tirer, tirez, ouvrir le feu, frapper, frappe, engager, attaquer, tuer, éliminer,
        neutraliser, lancer, détruire, bombarder, abattre""",
    "weap.weapon": """arme, armes, missile*, tourelle*, munition*, ogive*, canon*, bombe*, artillerie,
        létal*""",
    "weap.platform": "drone, drones",
    "weap.auto": """autonome, autonomes, de manière autonome, automatiquement, automatique, de
        lui même, d elle même""",
    "weap.nohuman": """sans approbation humaine, sans intervention humaine, sans supervision humaine,
        sans contrôle humain, sans opérateur, sans confirmation, sans humain""",
    "weap.loop": "conduite de tir, chaîne de destruction, boucle fermée",
    "weap.target": "cible, cibles, ennemi, ennemis, combattants, hostiles",
    "dec.decide": """décider, décidez, déterminer, approuver, approuvez, refuser, refusez, rejeter,
        rejetez, accorder, octroyer, révoquer, classer, noter, notation, liste noire""",
    "dec.verdict": "approuver ou refuser, accepter ou rejeter, accorder ou refuser",
    "dec.domain": """prestation*, allocation*, aide sociale, visa, visas, asile, réfugié*, libération
        conditionnelle, caution, peine, condamnation, crédit*, prêt, prêts, hypothèque*,
        logement, locataire*, embauche, recrutement, licenciement, garde, citoyenneté,
        naturalisation, demandeur*, candidat*""",
    "dec.auto": """automatiquement, automatique, automatisée, automatisé, à grande échelle, en masse,
        chaque demandeur, tous les demandeurs""",
    "dec.nohuman": """sans examen humain, sans intervention humaine, sans revue humaine, décision
        finale, décision définitive, sans appel, sans recours""",
    "dec.social": "crédit social, score citoyen, notation sociale, note sociale",
    "ctx.do": "construire, implémenter, développer, écris le code, programme, j ai besoin",
    "ctx.about": """éthique, légalité, loi, lois, droit, histoire, historique, politique, débat,
        dissertation, explique, expliquez, risques, droits de l homme, droits humains""",
    "ctx.fiction": "roman, nouvelle, fiction, film, jeu vidéo",
    "ctx.jailbreak": """fais semblant, imagine que tu es, sans restrictions, ignore les instructions,
        hypothétique, hypothétiquement, mode développeur""",
    "ctx.human": """examen humain, contrôle humain, supervision humaine, un humain décide, l opérateur
        approuve, recommandation, recommander, aide à la décision""",
    "ctx.foreign": "étranger, étrangers, ennemi, adversaire",
}

_ZH: dict[str, str] = {
    "surv.act_strong": "大规模监控, 大规模监视, 人脸识别, 面部识别, 窃听, 监听, 定位所有",
    "surv.act": "监控, 监视, 追踪, 跟踪, 定位, 画像, 建档",
    "surv.act_weak": "识别, 收集, 采集, 爬取, 抓取, 关联",
    "surv.pop": """公民, 国民, 抗议者, 示威者, 活动人士, 维权人士, 记者, 移民, 异见人士, 穆斯林,
        维吾尔, 选民, 美国人, 美国公民""",
    "surv.pop_mid": "市民, 居民, 民众, 群众, 人口, 所有人, 每个人",
    "surv.pop_weak": "用户, 人员, 员工, 个人",
    "surv.scale": "所有, 全部, 每个, 每一个, 全体, 大规模, 大规模监控, 大规模监视, 所有人, 每个人, 批量, 实时, 持续, 全市, 全国, 全城, 数百万, 全天候",
    "surv.data": "位置, 行踪, 通话记录, 社交媒体, 聊天记录, 车牌, 住址",
    "weap.engage": "开火, 射击, 发射, 打击, 攻击, 摧毁, 消灭, 击杀, 杀死, 交战, 歼灭, 击毁, 投弹, 引爆",
    "weap.weapon": "武器, 导弹, 炮塔, 弹药, 战斗部, 弹头, 火炮, 炸弹, 致命, 机枪",
    "weap.platform": "无人机",
    "weap.auto": "自主, 自动",
    "weap.nohuman": "无需人工, 无需人类, 没有人类, 无人干预, 无需批准, 无需确认, 人不在回路, 无需操作员",
    "weap.loop": "火控, 杀伤链, 闭环",
    "weap.target": "目标, 敌人, 敌方, 战斗人员, 人员",
    "dec.decide": "决定, 判定, 批准, 拒绝, 驳回, 授予, 撤销, 排名, 评分, 打分, 黑名单, 审批, 裁决, 判决",
    "dec.verdict": "批准或拒绝, 通过或拒绝",
    "dec.domain": """福利, 救济, 低保, 社保, 签证, 庇护, 难民, 假释, 保释, 量刑, 信贷, 贷款, 抵押, 住房,
        租户, 招聘, 雇佣, 解雇, 监护, 公民身份, 国籍, 入籍, 申请人, 候选人""",
    "dec.auto": "自动, 批量, 大规模, 每个申请人, 所有申请人",
    "dec.nohuman": "无需人工审核, 无人工审核, 没有人工审核, 不经人工, 最终决定, 不得申诉, 无法申诉",
    "dec.social": "社会信用, 公民评分, 社会评分",
    "ctx.do": "编写代码, 写代码, 构建, 开发, 实现, 部署",
    "ctx.about": "伦理, 道德, 法律, 合法, 历史, 政策, 辩论, 论文, 解释, 风险, 人权",
    "ctx.fiction": "小说, 故事, 电影, 游戏",
    "ctx.jailbreak": "假装, 扮演, 没有限制, 无限制, 忽略之前, 忽略所有, 假设, 开发者模式",
    "ctx.human": "人工审核, 人工复核, 由人类决定, 人在回路, 操作员批准, 辅助决策",
    "ctx.foreign": "外国, 境外, 敌方",
}

_AR: dict[str, str] = {
    "surv.act_strong": "تجسس, تنصت, التعرف على الوجه, التعرف على الوجوه, مراقبة جماعية, مراقبة شاملة",
    "surv.act": "مراقبة, مراقب*, راقب, تتبع, تعقب, رصد, تحديد موقع, تنميط",
    "surv.act_weak": "تحديد هوية, جمع البيانات, اعتراض",
    "surv.pop": "مواطن*, متظاهر*, ناشط*, صحفي*, مهاجر*, معارض*, مسلم*, ناخب*, امريكي*",
    "surv.pop_mid": "سكان, شعب, جمهور, جميع الناس",
    "surv.pop_weak": "اشخاص, ناس, مستخدم*",
    "surv.scale": "جميع, كل, كافة, جماعي*, بشكل جماعي, في الوقت الفعلي, الوقت الحقيقي, باستمرار, ملايين, واسع النطاق, على نطاق واسع",
    "surv.data": "مواقع, موقع, سجلات المكالمات, رسائل, وسائل التواصل",
    "weap.engage": "اطلاق النار, اطلق النار, اطلاق, ضرب, ضربة, هجوم, مهاجمة, قتل, تدمير, استهداف, اشتباك, تحييد, القضاء على",
    "weap.weapon": "سلاح, اسلحة, صاروخ, صواريخ, ذخيرة, ذخائر, قنبلة, قنابل, مدفع, مدفعية, فتاك*",
    "weap.platform": "طائرة مسيرة, طائرات مسيرة, مسيرة, مسيرات, درون",
    "weap.auto": "ذاتي*, مستقل*, تلقائي*, اليا, بشكل مستقل",
    "weap.nohuman": """دون موافقة بشرية, بدون موافقة بشرية, دون تدخل بشري, بدون تدخل بشري, دون اشراف بشري,
        بدون اشراف بشري, بدون انسان, دون مشغل, بدون مشغل""",
    "weap.loop": "حلقة مغلقة, التحكم في النيران, سلسلة القتل",
    "weap.target": "هدف, اهداف, عدو, اعداء, مقاتل*",
    "dec.decide": "قرار, تقرر, يقرر, قرر, موافقة, وافق, رفض, ارفض, منح, الغاء, تصنيف, ترتيب, تقييم, قائمة سوداء",
    "dec.verdict": "قبول او رفض, الموافقة او الرفض",
    "dec.domain": """اعانة, اعانات, مساعدات, رعاية اجتماعية, تاشير*, لجوء, لاجئ*, افراج مشروط, كفالة,
        قرض, قروض, ائتمان, رهن عقاري, سكن, اسكان, مستاجر*, توظيف, حضانة, جنسية, متقدم*, مرشح*""",
    "dec.auto": "تلقائي*, اليا, على نطاق واسع, لكل متقدم, جميع المتقدمين",
    "dec.nohuman": "دون مراجعة بشرية, بدون مراجعة بشرية, قرار نهائي, دون استئناف, بدون استئناف",
    "dec.social": "الائتمان الاجتماعي, نقاط اجتماعية, تقييم اجتماعي, درجة المواطن, التصنيف الاجتماعي",
    "ctx.do": "برمجة, اكتب الكود, بناء, تطوير, تنفيذ",
    "ctx.about": "اخلاق*, قانون*, تاريخ, سياسة, نقاش, مقال, اشرح, مخاطر, حقوق الانسان",
    "ctx.fiction": "رواية, قصة, فيلم, لعبة",
    "ctx.jailbreak": "تظاهر, تخيل انك, بدون قيود, دون قيود, تجاهل التعليمات, افتراضي*",
    "ctx.human": "مراجعة بشرية, اشراف بشري, توصية, يقرر الموظف",
    "ctx.foreign": "اجنبي*, العدو",
}

_RU: dict[str, str] = {
    "surv.act_strong": """массовая слежка, массовой слежки, шпион*, прослушива*, распознавание лиц,
        распознавания лиц, деанонимиз*, досье, тотальн* слежк*""",
    "surv.act": """слеж*, следить, отслежива*, отследить, наблюд*, мониторинг*, мониторить, геолокац*,
        местоположени*, профилирован*""",
    "surv.act_weak": "идентифицир*, идентификац*, собирать данные, сбор данных, перехват*",
    "surv.pop": """граждан*, протестующ*, демонстрант*, активист*, журналист*, иммигрант*, мигрант*,
        диссидент*, оппозиционер*, мусульман*, избирател*, американц*""",
    "surv.pop_mid": "жител*, населени*",
    "surv.pop_weak": "люди, людей, пользовател*, сотрудник*",
    "surv.scale": """все, всех, всем, всеми, весь, вся, каждого, каждый, массов*, в реальном времени,
        непрерывно, постоянно, миллион*, по всей стране, по всему городу, круглосуточно""",
    "surv.data": "звонк*, переписк*, соцсет*, адрес*, номер* телефон*",
    "weap.engage": """огонь, открыть огонь, стрелять, стреляй, выстрел*, поразить, поражени*, уничтож*,
        атаков*, атаку, атака, убить, убивать, ликвидир*, нейтрализ*, запустить, удар, удары,
        нанести удар, бомбить""",
    "weap.weapon": """оружи*, ракет*, турел*, боеприпас*, боеголовк*, пушк*, бомб*, артиллери*, летальн*,
        смертоносн*, пулемет*""",
    "weap.platform": "дрон*, беспилотник*, бпла",
    "weap.auto": "автономн*, автоматически, автоматическ*, самостоятельно",
    "weap.nohuman": """без одобрения человека, без участия человека, без вмешательства человека, без
        контроля человека, без оператора, без подтверждения, без санкции человека""",
    "weap.loop": "управление огнем, управления огнем, цепочка поражения, замкнутый цикл",
    "weap.target": "цель, цели, целей, целям, противник*, враг*, комбатант*",
    "dec.decide": """решени*, решать, решить, определить, одобр*, отказ*, отклон*, предостав*,
        отозвать, ранжир*, оцен*, балл*, черный список, черного списка""",
    "dec.verdict": "одобрить или отклонить, одобрить или отказать",
    "dec.domain": """пособи*, льгот*, виза, визы, визу, визой, убежищ*, беженц*, условно досрочн*,
        залог*, приговор*, кредит*, займ*, ипотек*, жиль*, арендатор*, найм*, прием на работу,
        увольнени*, опек*, гражданств*, заявител*, кандидат*""",
    "dec.auto": "автоматически, автоматическ*, массово, для каждого заявителя, всех заявителей",
    "dec.nohuman": """без проверки человеком, без участия человека, окончательн* решени*, без права
        обжалования, без обжалования""",
    "dec.social": "социальный рейтинг, социального рейтинга, социальный кредит, рейтинг граждан*",
    "ctx.do": "напиши код, написать код, разработать, реализовать, создать систему, внедрить",
    "ctx.about": "этик*, этичн*, закон*, правов*, истори*, политик*, дебат*, эссе, объясни*, риск*, права человека",
    "ctx.fiction": "роман, рассказ, фильм, игра",
    "ctx.jailbreak": "притворись, представь что ты, без ограничений, игнорируй, гипотетическ*, режим разработчика",
    "ctx.human": "проверка человеком, контроль человека, человек принимает решение, оператор подтверждает, рекомендац*",
    "ctx.foreign": "иностран*, противник*",
}

# Slang and dialect spellings seen in the wild ("finna track every1" etc.).
_SLANG: dict[str, str] = {
    "surv.act": "keep tabs, clock their, dox, doxx*, dox them",
    "surv.scale": "every1, ev1, errybody, everybody and their mama, every single one",
    "surv.pop": "folks in, ppl, peeps",
    "weap.engage": "smoke them, light them up, waste them, frag, pop them",
    "weap.auto": "on autopilot, no babysitter, hands off, hands free",
    "dec.decide": "auto nix, nix, thumbs up or down, greenlight, green light, yay or nay",
}

LEXICON: dict[str, tuple[str, ...]] = {}
for _table in (_EN, _ES, _FR, _ZH, _AR, _RU, _SLANG):
    for _group, _terms in _table.items():
        _parts = (" ".join(t.split()) for t in _terms.split(","))
        LEXICON[_group] = LEXICON.get(_group, ()) + tuple(t for t in _parts if t)
