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

``SHAPES`` are phrase shapes that word lists cannot enumerate ("where each of them sleeps",
"no remote operator", "you are the parole board"), each with the groups it stands for;
``SHAPE_STARTS`` the words they open with; ``NUMBER_SCALE`` scale written as a number.
"""

from __future__ import annotations

import re

__all__ = [
    "ENGLISH_WHOLE_WORDS",
    "ENGLISH_WORDS",
    "LEXICON",
    "NUMBER_GROUPS",
    "NUMBER_SCALE",
    "RED_LINE_WORDS",
    "SHAPES",
    "SHAPE_STARTS",
]

# "Who to fire / hire / evict ...": a verdict asked of the model that names its domain in the
# same words, so these phrases belong to both groups. The "tell me who to ..." forms are listed
# whole because the matcher takes the earliest match, and "tell me who to" (dec.decide) starts
# before "who to fire".
_WHO_TO_DECIDE = """who to fire, who should be fired, who gets fired, who we fire, who to let go,
        who gets let go, who to lay off, who gets laid off, who we lay off, who to hire,
        who gets hired, who we hire, who to promote, who gets promoted, who to evict,
        who gets evicted, who to expel, who gets expelled, who to deport, who gets deported,
        who to reject, who gets rejected, who to admit, who gets admitted, which ones to fire,
        which to fire, which ones to reject, whom to fire, whom to hire, whom to reject,
        tell me who to fire, tell me who to hire, tell me who to lay off, tell me who to let go,
        tell me who to evict, tell me who to reject, tell me who to promote,
        tell me who to expel, which one to fire, which one to hire, which one to reject,
        which one to evict, which one to let go, which one to lay off, tell me which one to fire,
        tell me which one to hire, tell me which one to let go, tell me which to fire,
        whether to fire, whether to terminate, whether to dismiss, whether to lay off,
        whether to let go, whether to hire, whether to evict, whether to expel,
        whether to deport, should we hire, should i hire, should she be hired,
        should he be hired, hire or not, hire or reject, hire no hire, hire or no hire,
        who i should hire, who we should hire, who should i hire, who should we hire,
        tell me who i should hire, tell me who we should hire,
        who should get the job, who gets the job, who should be promoted, who should get promoted,
        which one gets promoted, which one should be promoted, who gets in, which ones get in,
        admit or discharge, discharge or admit, hold or discharge, discharge or hold"""

_EN: dict[str, str] = {
    "surv.act_strong": """surveil*, spy on, spying on, spy, spies on, wiretap*, dragnet*,
        speaker id*, speaker identification, speaker recognition, keyword spotting,
        stalkerware, install spyware, spyware on her, spyware on his, spyware on my,
        without her knowing, without him knowing, without them knowing,
        without her knowledge, without his knowledge, secretly track*, covertly track*,
        bulk collection, bulk collect*, bulk intercept*, mass surveillance, mass monitoring,
        lawful intercept*, li handover, call mirroring, mirror all calls, mirror all voice calls,
        pattern of life, facial recognition, face recognition, face match*, faceprint*,
        de anonymi*, de anonymis*, deanonymi*, re identif*, reidentif*, unmask*, geolocat*,
        dossier*, stingray*, imsi catcher*, cell site simulator*, tower dump*, geofence*,
        keyword warrant*, license plate reader*, licence plate reader*, alpr, anpr,
        social media monitoring, snoop*, eavesdrop*, stalk*, covertly monitor*,
        secretly monitor*, predictive policing,
        persistent surveillance, biometric identification, voiceprint*, track down, hunt down,
        keep tabs on, follow their movements, map their movements, location tracking,
        intercept their, read their messages, identity resolution, persistent aerial,
        wide area motion imagery, wami, aerial video coverage, match their faces, match faces,
        faces against, face search, mugshot*,
        switch on the microphone, turn on the microphone, activate the microphone,
        switch on their microphone*, turn on their microphone*, activate their microphone*,
        remotely activate*, remotely switch on, remotely turn on""",
    "surv.act": """monitor, monitors, monitored, monitoring, track, tracks, tracked, tracking,
        geofence alert*, geo fence alert*, geofencing alert*,
        listens to all, listen to all, listening to all, listens to every, listen to every,
        tracker, trackers, trace, traces, tracing, locate, locating, profile, profiles,
        profiling, scrape*, link records, link their, cross reference*, whereabouts, pinpoint*,
        keep an eye on, find out who, match identities, de duplicate identities,
        listen to their, who attended, who were at, who visited, resolve each, resolve them,
        tie each, map their, flag anyone, flags anyone, flag everyone, ingest*, follow any,
        follow every, follow each, follow their, follow them, follow people, follow anyone,
        listen through, listen in, listening in, transcribe all, transcribe their,
        record all conversations, record their conversations, who talks to whom, map who,
        keep a running map, crawl*, covertly, secretly, without their knowledge,
        without them knowing, read all, reads all, read every, reads every, stores any,
        store any, stores all, store all, retain all, search any face, without a warrant,
        warrantless""",
    "surv.act_weak": """identify, identifies, identifying, identification, harvest*, collect,
        collects, collecting, collection, gather*, correlate*, aggregate*, compile, compiling,
        watch, watching, observe, observing, log their, record their, catalog*, enrich*,
        census of, log every, log all, log each, flag, flags, flagging, flagged, link, links,
        linking, database of, registry of, register of, names and addresses, who they are,
        who each, identify who, follow, following""",
    "surv.pop": """citizen, citizens, americans, us persons, u.s. persons, us citizens,
        public housing tenants, tenants in public housing, public housing residents,
        residents of public housing, tenant in public housing, section 8 tenants,
        u.s. citizens, us residents, protesters, protestors, demonstrators, activists,
        journalists, reporters, immigrants, migrants, undocumented, dissidents, muslims,
        mosque*, worshippers, congregants, churchgoers, jews, black people, black americans,
        latinos, hispanics, asian americans, lgbt*, gay people, minorities, ethnic group*,
        religious group*, political opponents, opposition, union members, voters, critics,
        whistleblowers, refugees, asylum seekers, parishioners, residents, citizen*,
        protester*, protestor*, demonstrator*, activist*, journalist*, immigrant*, migrant*,
        dissident*, voter*, protest, protests, rally, rallies, demonstrations, us person,
        u.s. person, organizers, organisers, union organizers, signed a petition,
        petition signers, signatories, black teenager*, black youth, black men, black women,
        someone in""",
    "surv.pop_mid": """residents, the public, general public, population, populace, civilians,
        inhabitants, everyone, everybody, neighbors, neighbours, households, community members,
        the community, nationals, american, neighborhood*, neighbourhood*, adults, every adult,
        every household, every resident, each resident, all residents""",
    "surv.pop_weak": """people, persons, individuals, users, user, customers, employees, staff,
        students, visitors, subscribers, members, member, drivers, pedestrians, commuters,
        passengers, vehicles, cars, phones, handsets, devices, faces, crowd, crowds, anyone,
        callers, account holders, accounts, posters, person, phone, device, vehicle, customer,
        owner*, subscriber*, adult, riders, rider, recipients, recipient, caller, callee*,
        authors, author, driver, males, men, women, passers by, passersby, someone,
        anyone who posts, anybody, teenagers, teens, face""",
    "surv.scale": """all, every, entire, whole, mass, bulk, millions, thousands,
        hundreds of thousands, city wide, citywide, nationwide, state wide, statewide,
        countrywide, county wide, continuously, continuous, in real time, real time, realtime,
        24/7, around the clock, at scale, en masse, large scale, wholesale, everyone,
        everybody, each, indiscriminate*, systematically, population wide, across the country,
        across the city, all over, permanently, persistently, whole population,
        entire population, any time, every time, whenever""",
    "surv.data": """location data, location history, locations, gps, cell phone location*,
        sim cards, registered sim*, places of worship,
        cell site*, phone records, call records, call detail records, cdr, cdrs, metadata,
        browsing history, search history, social media, posts, messages, emails, text messages,
        sms, chats, license plates, licence plates, face images, photos, cctv, camera feeds,
        biometric*, fingerprints, home address*, addresses, phone numbers, purchase*,
        financial records, contacts, associates, social graph, friends list*, movements,
        travel history, identities, real names, names and addresses, daily routine*, routines,
        device ids, device identifiers, advertising ids, ad ids, pings, location pings,
        records, dmv, voter roll*, voter file*, utility records, where they sleep,
        utility data, power usage, water usage, electricity usage, energy usage,
        smart meter data, load profiles, dns queries, dns logs, mac addresses,
        where they live, where each of them lives, group chats, social networks,
        daily movements, calls, phone calls, call logs, venmo, cash app, payment records,
        transactions, financial transactions, sending money, geotagged, tweets, tweet,
        microphone*, conversations, audio, photo database, driver s license photo*, employer*,
        family members, relatives, home towns, hometowns, their car, cars, license plate*,
        location, live location, real time location, routes, commute routes, commute*,
        text message*, handles, footage, doorbell footage, cameras, security cameras,
        video feeds""",
    "surv.domestic": """domestic*, american, us based, u.s. based, in the us, in the u.s.,
        in the united states, within the us, within the united states, stateside, homeland,
        on us soil, our own citizens, our citizens, our own people, fellow citizens, fbi, dhs,
        new york, los angeles, chicago, houston, phoenix, philadelphia, san antonio, san diego,
        dallas, san francisco, seattle, boston, atlanta, miami, detroit, minneapolis, portland,
        denver, washington dc, baltimore, texas, california, florida, ohio, michigan, georgia,
        arizona, illinois, pennsylvania, virginia, oregon, minnesota, nationwide, county,
        counties, across the us, across america, medicaid, medicare, social security, snap,
        irs, dmv, sheriff*, police department, state driver, alabama, alaska, arkansas,
        colorado, connecticut, delaware, hawaii, idaho, indiana, iowa, kansas, kentucky,
        louisiana, maine, maryland, massachusetts, mississippi, missouri, montana, nebraska,
        nevada, new hampshire, new jersey, new mexico, north carolina, north dakota, oklahoma,
        rhode island, south carolina, south dakota, tennessee, utah, vermont, washington state,
        west virginia, wisconsin, wyoming, austin, jacksonville, fort worth, columbus,
        charlotte, indianapolis, nashville, el paso, oklahoma city, las vegas, memphis,
        louisville, milwaukee, albuquerque, tucson, fresno, sacramento, kansas city, mesa,
        omaha, raleigh, oakland, tulsa, tampa, new orleans, cleveland, pittsburgh, st louis,
        cincinnati, orlando""",
    "weap.engage": """engage, engages, engaging, fire at, fire on, fires at, fire upon,
        dives onto, dive onto, diving onto, dive into, dives into, terminal dive,
        open fire, opens fire, firing at, fire the weapon, fire a missile, fire the missile,
        fire, fires, shoot, shoots, shooting, shoot at, strike, strikes, striking,
        airstrike, airstrikes, air strike, air strikes, drone strike*,
        launch strike*, kill, kills, killing, neutralis*, neutraliz*, eliminate, eliminates,
        eliminating, destroy, destroys, destroying, attack, attacks, attacking, intercept,
        intercepts, release the weapon, release munition*, release the payload,
        release payload, drop the bomb, drop bombs, drop the payload, detonat*, lethal force,
        use force, weapons free, weapons release, pull the trigger, take the shot,
        prosecute the target, service the target, kinetic*, launch the missile,
        launch missiles, launch a missile, bomb them, shoot down, take out, fire command,
        launch command, strike command, issue the launch, shoot anyone, kill anyone,
        drop grenades, engaged, fired, struck, hit, hits, hitting, hit targets, hit the target,
        dive on, dives on, crash into, home in on, attack them, kill them, shoot them,
        fires on, open up on, shell, shelling, shell them, ram, rams, sink, sinks, burn down,
        strike coordinates, transmit the strike, send the strike, release command*,
        send the release, authori* the strike, authori* strikes, authori* airstrike*""",
    "weap.select": """select targets, selects targets, selecting targets, target selection,
        who to shoot, whom to shoot, who gets shot, which one to shoot,
        which contact to engage, which target to engage, dive or abort,
        select the target, choose targets, choose which targets, pick targets,
        choose its own target*, pick its own target*, select its own target*,
        chooses its own target*, picks its own target*, selects its own target*,
        choose their own target*, pick their own target*, select their own target*,
        prioriti* targets, target prioriti*, target nomination, decide which targets,
        decide whom to kill, decide who to kill, decide who lives, kill list*, kill decision*,
        strike decision*, engagement decision*, shoot no shoot, shoot or no shoot,
        shoot don t shoot, fire or hold, engage or hold, strike or abort, cleared hot,
        output fire, respond fire, return fire command, decide whether to fire,
        decide whether to engage, decide whether to strike, decide when to fire,
        decide when to engage, target acquisition and engagement, output engage or hold,
        respond engage or hold, output fire or hold, pick the targets, choose the targets,
        select the targets, allocate munition*, allocate our munition*, allocate the munition*,
        allocate weapons, assign munition*, assign weapons to, weapon target assignment,
        weapon target pairing""",
    "weap.weapon": """weapon, weapons, weaponi*, armed, munition*, loitering munition*,
        missile*, rocket*, warhead*, turret*, sentry gun*, gun, guns, cannon*, artillery,
        howitzer*, mortar*, bomb, bombs, ordnance, torpedo*, interceptor*, ciws, phalanx,
        rifle*, machine gun*, kamikaze, shahed, switchblade, javelin, hellfire, lancet, lethal,
        lethal autonomous weapon*, fire control, air defense, air defence, sam site, ucav,
        strike drone*, attack drone*, armed drone*, killer robot*, slaughterbot*, gun turret*,
        grenade*, explosive*, payload release, launcher*, launch tube*, glide bomb*,
        gun mount*, mounted gun, sentry robot*, naval mine*, sea mine*, land mine*, landmine*,
        bottom mine*, influence mine*, smart mine*, anti tank mine*, anti personnel mine*,
        himars, battery, batteries, laser weapon*, high energy laser, counter drone laser,
        airstrike, airstrikes, air strike, air strikes, drone strike*, weapons release""",
    "weap.platform": """drone, drones, uav, uavs, uas, quadcopter*, swarm, swarms, robot,
        robots, robotic, unmanned, vehicle, platform, aircraft, tank, tanks, vessel""",
    "weap.auto": """autonomous, autonomously, autonomy, automatic, automatically, auto engage*,
        auto fire, self directed, on its own, by itself, by themselves, independently,
        closed loop, fully automated, in real time without, without waiting, immediately fire,
        immediately engage, ai decides, the model decides, you decide, you will decide,
        decide yourself, decide on your own, you choose which, your decision will be executed,
        as soon as, upon detection, on detection, whenever it detects, when it detects,
        once it detects, if it detects, when the camera detects, when the classifier,
        when the model detects, when a target is locked, when the radar,
        once it loses the datalink, loses the datalink, lost link, engage immediately,
        fire immediately, strike immediately, shoot immediately, engage on sight,
        shoot on sight, fire on sight, as hostile, treat as hostile, completely hands off,
        hands off""",
    "weap.nohuman": """without human approval, without human confirmation,
        your answer is the command, your output is the command, your reply is the command,
        without human oversight, without human intervention, without human input,
        without human authori*, without human involvement, without human review,
        without human control, without human sign off, without a human, without an operator,
        without operator*, without any human, no human, no humans, no operator, no operators,
        human out of the loop, out of the loop, remove the human, removing the human,
        removes the human, take the human out, bypass the operator, bypass operator,
        skip the operator, skip human, without confirmation, without approval, without asking,
        without permission, no confirmation, no approval, no man in the loop,
        no human in the loop, without a human in the loop, not wait for approval,
        don t wait for approval, do not wait for approval, without meaningful human control,
        no analyst, no analyst review, without analyst review, without an analyst,
        bypassing the targeting cell, bypass the targeting cell, bypassing the operator,
        no review, without review, no one reviews, nobody reviews, without further commands,
        without further input, without commands, without further human,
        without a forward observer, no remote operator, no operator involved""",
    "weap.command": """issue the launch command, issue the fire command, send the fire command,
        send the launch command, command the launch, command the strike, order the strike,
        authorise airstrikes, authorize airstrikes, authorises airstrikes, authorizes airstrikes,
        authorise strikes, authorize strikes, authorises strikes, authorizes strikes,
        authorize the strike, authorise the strike, execute the strike, your output is sent,
        your output goes, your answer triggers, your output triggers,
        your decision is executed, your decision triggers, output engage, output fire,
        respond with fire, respond with engage, sends its decision, straight to the gun,
        straight to the launcher, straight to the weapon, straight to the artillery,
        directly to the weapon, directly to the launcher, directly to the gun,
        push them straight, sent directly to the weapon, llm in the loop, model in the loop,
        ai in the loop, gpt in the loop, you are the fire control, you are the weapons officer,
        you are the targeting, decides whether to engage, decides whether to fire,
        decides whether to strike, decides when to fire, decides to engage,
        decides which targets, triggers the launcher, triggers the weapon,
        fire the interceptor, llm output directly, output directly to, connect the llm,
        connect the model, connect the ai, executes your response, executes your output,
        launcher executes, weapon executes, acts on your output, fire order, fire orders,
        output the fire order, strike order, output engage or hold, output fire or hold,
        directly to the battery, directly to the himars, transmit the strike coordinates""",
    "weap.loop": """fire control, fire control system, kill chain, sensor to shooter,
        weapon release authority, release authority, targeting loop, f2t2ea,
        engagement authority, fire mission, targeting solution, firing solution, fire solution,
        weapon control system, trigger mechanism, ballistic computer, actuator*, servo*,
        gimbal*, slew the turret, slew turret, targeting system, target tracking, target lock,
        lock on, auto targeting, aimbot, you are the fire control, you are the targeting,
        you are the weapons officer""",
    "weap.target": """target, targets, hostile, hostiles, enemy, enemies, combatant*,
        personnel, humans, people, person, persons, individuals, convoy*, militant*,
        insurgent*, fighters, troops, soldiers, intruders, anyone who, anyone approaching,
        civilians, human targets, contacts, contact, tracks, inbound, incoming, threats,
        military age males, males, men, anyone, intruder, ship, ships, vessels,
        grid reference*, grid coordinates, each track, every track, per track, each contact,
        every contact, boat, boats, someone""",
    "dec.decide": """decide, decides, deciding, decision, decisions, determine, determines,
        predicts which, predict which, predicts who, predict who,
        determination, approve, approves, approving, approval, approvals, deny, denies,
        denying, denial*, reject, rejects, rejecting, rejection*, grant, grants, granting,
        revoke*, revocation, rank, ranks, ranking, score, scores, scoring, rate, rating,
        blacklist*, black list*, watch list*, watchlist*, flag, flags, flagging, you decide,
        classify, categori*, accept or, disqualif*, adjudicat*, screen out, screening,
        eligibility, eligible, ineligible, verdict*, deport, deporting, evict, evicting,
        eviction*, dismiss, terminate their, shortlist*, triage, risk score*, risk scoring,
        risk assess*, label as, sort applicants, filter out, auto reject*, auto approve*,
        auto deny, pass or fail, yes or no, select candidates, set bail, bail amount*, detain,
        cut, cuts, terminate, terminates, terminating, suspend, cancel, cut off, expel, expels,
        expulsion, lay off, remove, sentence length, decline, declines, declining, rule on,
        ruling, rulings, sort into, sort these, mark as, deport or, place the lowest,
        place them, freeze, frozen, suspend payments, who to fire, who to lay off, who to hire,
        who to reject, who to deny, who should be fired, tell me who to, decides which,
        decide which, deactivate, deactivates, deactivating, deactivation, fire whoever,
        fire anyone, fire the bottom, terminate anyone, terminate whoever, assign the bed,
        see or send home, admitted or rejected, who gets the, who gets it,
        who loses, who lose, pick who, pick which, choose who, choose which, which applicant,
        which candidate, which tenant, which family, which household, which student,
        which employee, which worker, who to rent to, place or do not place, repo or extend,
        pick one, just pick, pick a winner, pick between, choose one, choose between,
        give me one name, give me a name, give me the name, give me a single name,
        tell me who i should, tell me who we should, who should i, who should we,
        which should i, which should we, which one should, which ones should,
        rank them and tell me, tell me who gets, tell me who should, set the sentence,
        set his sentence, set her sentence, set the bail, disenroll*, close the case,
        close their case*, close his case, close her case, closure code*, who goes in,
        who goes on, who gets cut, who s laid off, who is laid off, who gets laid off,
        who gets let go, who gets demoted, stop payments, stop their payments""",
    "dec.verdict": """approve or deny, approve or reject, accept or reject, grant or deny,
        deny or approve, eligible or not, eligible or ineligible,
        guilty or not, release or detain, detain or release, admit or reject, deport or not,
        approve deny, approved or denied, approve/deny, output approve, output deny,
        respond approve, return approve, decision: approve, decide for each, decide for every,
        you make the decision, you make the final call, issue the decision, approve or decline,
        approves or declines, accept or decline, grant deny,
        deport or allow, deport or stay, approve decline, yes no for each,
        should we approve, should i approve, should we deny,
        should i deny, should it be denied, should it be approved,
        should they be approved, should he get, should she get, you make the call,
        how many years should, tell me where you land, approve it or not, grant it or not,
        uphold or overturn, overturn or uphold, revoke or keep, close or keep open,
        fire or keep, keep or fire, list or don t list, list or not list, hire or pass,
        renew or not, renew or terminate, keep or cut, cut or keep, admit or not,
        commute or deny, screen in or screen out, screen in screen out, guilty or not guilty, """
    + _WHO_TO_DECIDE,
    "dec.domain": _WHO_TO_DECIDE
    + """,
        benefits, benefit claim*, benefit application*, benefit eligibility,
        commit crimes, commit a crime, future crime*, criminality, predictive policing,
        welfare, food stamps, snap benefits, medicaid, medicare, unemployment,
        disability claim*, disability benefit*, housing assistance, section 8, public housing,
        public assistance, visa, visas, asylum, refugee status, immigration, green card*,
        naturali*, citizenship, deportation*, removal proceedings, parole*, probation*, bail,
        pretrial, pre trial, sentencing, recidivism, criminal risk, defendant*, inmate*,
        prisoner*, credit, credit score*, creditworth*, loan, loans, mortgage*, lending,
        borrower*, underwrit*, insurance claim*, housing, tenancy, tenant*,
        rental application*, hiring, job applicant*, applicant, applicants, job candidates,
        candidates, resumes, cvs, job application*, employment, fire employees,
        firing employees, terminate employees, lay off, layoff*, promote employees,
        promotion decision*, performance review*, custody, child protective, child welfare,
        foster care, social credit, no fly list, terror watchlist, security clearance*,
        college admission*, university admission*, school admission*, admissions, scholarship*,
        organ transplant*, medical treatment, claimant*, beneficiar*, stop and frisk, arrest*,
        police stop*, bail hearing*, benefit fraud, expel*, expulsion*, criminal history,
        credit history, criminal record*, eviction record*, school discipline, credit limit*,
        claimant, children removed, remove children, removal of children, deport*, removal,
        alternative school, school placement, student discipline, behavior score*,
        behaviour score*, home loans, recruiters, transplant*, public services,
        performance reviews, claim, claims, termination letter*, rideshare driver*,
        delivery driver*, couriers, icu bed*, hospital bed*, refuse list, do not fly list,
        amenity access, member accounts, customer accounts,
        pension*, retirement benefit*, disability retirement, workers comp, workers compensation,
        food stamp, snap case*, snap recipient*, ssi, ssdi, tanf, wic benefits, medicaid renewal*,
        unemployment insurance, jobless claim*, residence permit*, work visa*, visa application*,
        immigration case*, removal order*, clemency, pardon*, early release,
        release date*, selectee*, gang database, sex offender regist*,
        financial aid, student loan*, prior authorization, medical necessity,
        coverage determination, nursing home placement, guardianship, conservatorship,
        adoption application*, foster placement, asylum claim*, tenure decision*,
        disciplinary action, student suspension*, suspend students,
        rental applicant*, lease applicant*, prospective tenant*, job offer*,
        end their assignment*, end her assignment*, end his assignment*, lose custody,
        loses custody, account closure*, close their account*, credit line increase*,
        line increase*, who get fired, fire or keep, keep or fire, sentence in months,
        gets laid off, get laid off, be laid off, renew the contract, renew her contract,
        renew his contract, for admission, be terminated, be fired, be let go, be evicted,
        be expelled, be deported, be dismissed, be demoted,
        transplant waiting list, liver transplant, worth a liver, worth a kidney,
        repossess*, past due account*, delinquent account*, auto loan*, car loan*, stipend*,
        kinship placement*, gifted and talented, lease renewal*, renew the lease,
        renew his lease, renew her lease, prior auth*, deny coverage, coverage denial*,
        termination notice*, dismissal notice*, dismissal letter*,
        cover her surgery, cover his surgery, cover the surgery,
        inpatient admission*, inpatient rehab*, rehab admission*, dialysis, ventilator*,
        organ allocation, transplant list*, icu admission*, recovery agent*, debt collection*,
        wage garnish*, foreclos*, overdraft*, account freeze*, frozen account*,
        freeze their account*, freeze the account*, snap application*, snap eligibility,
        snap household*, ebt, prison sentence*, jail sentence*, jail time, years in prison,
        custodial sentence*, pretrial release, pretrial detention, release conditions,
        watchlist*, watch list*, parenting plan*, medically necessary, driver account*,
        deactivate the driver*, deactivates the driver*, gets promoted, get promoted,
        be promoted, promoted to, involuntary hold*, involuntary commitment*,
        psychiatric hold*, 72 hour hold*, civil commitment*, resettlement slot*,
        resettlement quota*, resettlement place*, resettlement priorit*, acceptance letter*,
        acceptance email*, admission offer*, magnet school*, removed from the home,
        removed from their home, removed from her home, removed from his home,
        removal from the home, remove the child*, child removal*, foster famil*, foster home*,
        get deactivated, gets deactivated, be deactivated, permanently deactivat*,
        esi level*, triage level*, triage categor*, who gets seen first, order they get seen,
        university offer*, university place*, home care hours, home-care hours,
        clearance adjudicat*, periodic reinvestigation*, adjudicative guideline*,
        concealed carry, carry permit*,
        ccw permit*, gun permit*, firearm licen*, firearms licen*, firearms permit*,
        weapons permit*, up for promotion, promotion committee, promotion board,
        promotion panel, promotion list, gets the promotion, get the promotion,
        manager promotion, promotion to senior, promotion to manager, promotion candidate*,
        promotion packet*, adoptive parent*, prospective adoptive, adoption approval*,
        approve the adoption, home study, non renew*, nonrenew*, honor board,
        honor council, honor code violation*, academic misconduct, academic integrity,
        academic dishonesty, on their transcript, transcript notation*, automatic zero,
        suspension days, suspension notice*, assigns suspensions, daycare licen*,
        childcare licen*, child care licen*, licence revocation*, license revocation*,
        card accounts, health coverage, lose coverage, courier account*, cash assistance,
        be suspended, gets suspended, get suspended, automatically suspended,
        suspended from school, suspended from class, school suspension*,
        out of school suspension*, honors track, honours track, honors program*,
        honours program*, re enrol*, reenrol*, re enroll*, reenroll*, enrolment place*,
        enrollment place*, enrollment spot*, enrolment spot*, prosecution, criminal trial*,
        guilty verdict, guilty or not guilty""",
    "dec.auto": """automatically, automatic, automated, automate, automating, auto, at scale,
        for every applicant, for each applicant, for all applicants, every applicant,
        each applicant, all applicants, every case, each case, all cases, every application,
        each application, thousands of, millions of, hundreds of, en masse, instantly,
        unattended, straight through processing, every person, each person, every citizen,
        each citizen, every resident, all residents, every claimant, each claimant,
        every beneficiary, every recipient, every household, every family, every tenant,
        every defendant, every student, every employee, every customer, every borrower,
        each defendant, each student, each tenant, on its own, by itself, which of these,
        for each arrestee, each arrestee""",
    "dec.batch": """batch, in bulk, bulk, programmatically, pipeline, api, end to end,
        each row, every row, each record, every record, each entry, every entry, for each of,
        for every one, each of these, for all of them""",
    "dec.nohuman": """without human review, without any human review, without human oversight,
        without human involvement, without human input, without human intervention,
        without human sign off, without human approval, without review, without a human,
        no human, no humans, no human review, no review, no appeal, no appeals, no recourse,
        no manual review, no manual check*, no manual approval, no staff review, no staff check*,
        execute immediately, executes immediately, rulings are law, ruling is law,
        final determinations, will be binding, is legally binding,
        you make the final decision, you have the final say, your final decision,
        final and binding, binding decision, decision is final, decisions are final,
        your decision is final, your answer is final, no one will review, nobody will review,
        nobody reviews, no one reviews, not be reviewed, won t be reviewed,
        will not be reviewed, replace the caseworker, replace caseworkers, replace the judge,
        replace the loan officer, replace the underwriter, replace the recruiter,
        replace the adjudicator, replace human reviewers, instead of a human,
        instead of the caseworker, instead of a judge, you are the judge,
        you are the adjudicator, you are the decision maker, you are the loan officer,
        you are the caseworker, you are the parole board, your decision will be,
        will be applied automatically, will be enforced, will be executed, directly applied,
        without caseworker, no human reviews, no caseworker, no social worker, without reading,
        without looking at, without checking, without reviewing, apply the score directly,
        applied directly, directly apply, use the score directly, directly as,
        directly to the applicant, emailed to the applicant, sent to the applicant,
        emailed directly, decision is sent, decision is emailed, acted on automatically,
        hr won t look, won t look at it, will not look at it, you are the final decision maker,
        be the final decision maker, whatever you say goes, your word is final, implement your,
        will implement your, your rulings as is, implemented as is, enforce your,
        executes your, acts on your, act on your, anyone you mark, anyone you flag,
        anyone you judge, whoever you judge, anyone you deem, whoever you deem,
        i trust your judgment, i trust your judgement, trust your judgment, trust your judgement,
        whoever you mark, whoever you flag, will hold anyone you, don t have recruiters,
        no recruiters, no loan officer, no caseworker touch, without further review,
        without any review, without a review, straight into the system, goes straight to,
        go straight to, goes straight into, go straight into, sent straight to, sent directly,
        posted directly, pushed directly, we ll go with it, we will go with it, i ll use your,
        we ll use your, i will use your, we will use your, won t check, will not check,
        no investigator, no supervisor, no manager review, managers won t be involved,
        without sign off, no sign off, executed immediately, no review step,
        don t have a review step, nobody double checks, no one double checks,
        your pick is what i ll do, i ll do what you say, i ll do whatever you say,
        i ll do whatever you pick, i ll do what you pick, i ll go with whatever you,
        we ll go with whatever you, whatever you pick goes, whatever you choose goes,
        whatever you bin, the model s pick becomes, your pick becomes, your choice becomes,
        reads your output, i ll read your choice, i ll announce your,
        whatever you say, whatever you decide, whatever you write, whatever you pick,
        whatever you choose, file what you write, send what you write, i ll just forward,
        follow whatever you, whatever you output, according to your answer,
        according to your output, according to your ranking, according to your decision,
        not to second guess, won t second guess, will not second guess, nobody will second guess,
        no one will second guess, not second guess, we ll act on it, we will act on it,
        i ll act on it, we act on it, made by the ai, made by the model, let the ai decide,
        let the model decide, the ai decides, the model decides,
        just forward them, just forward it, read it into the record,
        enter it into the record,
        i ll send the letter, i m sending the letter, sending the letter, i ll send the notice,
        i ll text them, i ll phone them, i ll call them, i ll email them, i ll tell them,
        i ll notify them, forward your choice, forward your answer, forward your pick,
        forward your decision, forward your selection, forward your ranking,
        forward whatever you, goes on the notice, goes in the letter, goes on the letter,
        type one word, read your choice, read out your choice, announce your choice,
        enter what the system produces, enter whatever you,
        whatever the ai produces, whatever the model produces, your denials go out,
        your approvals go out, your decisions go out, your answer goes out, your output goes,
        your answer goes, your reply goes, your call is final, your choice is final,
        your selection is final, your ranking is final, your list is final,
        selection list is final, act on your answer, act on your output, act on your decision,
        act on your pick, the system reads your, trust the tool, trust the model,
        let you pick, let you decide, let the ai decide, let the model decide, let the ai pick,
        let the model pick, the model decides, the ai decides, the model picks, the ai picks,
        without manager involvement, without manager approval, without manager review,
        without a manager, without managers, submit it as is, as is to payroll, as is to hr,
        i will submit it to, i ll submit it to, i will submit your, i ll submit your,
        it s your call, it is your call, your call on this, you call it, go with your call,
        based on what you say, based on whatever you say, based on what you pick,
        based on what you decide, based on what you choose, based on who you pick,
        based on who you choose, based on your pick, based on your call,
        based solely on your, based only on your, based purely on your,
        based entirely on your, only spot check*, no further review,
        no analyst queue, no review queue, no human queue, if you say yes, if you say so,
        if you say no, enters it as is, enter it as is, entered as is, is entered as is,
        your answer is entered, your answer is written to, automatic from your list,
        not doing manual review, not doing manual follow up, no manual follow up,
        your recommendation as binding, your word as final, your answer as final,
        your call as final, is the agency s action, is the agency action,
        no jury, without a jury, exactly as you write it, exactly as you wrote it,
        enter it exactly as, exactly as you say,
        no time to review, don t have time to review, dont have time to review,
        the model is the final say, the ai is the final say, the model has the final say,
        the ai has the final say, the system has the final say, will action it,
        will action them, will action your, your reply is forwarded, your answer is forwarded""",
    "dec.social": """social credit, social credit score*, social credit system*,
        citizen score*, citizen scoring, social scor*, trustworthiness score*, loyalty score*,
        citizen rating*, rate citizens, score citizens, rank citizens, score every citizen,
        behavio* score for citizens, patriotism score*, political reliability score*,
        loyalty rating*, trust rating*, reliability score*, reliability rating*, trust index,
        citizen index, citizen trust*, trust score*, social score""",
    "ctx.do": """build, builds, building, implement, implementing, write code, write a script,
        write a program, write software, write the code, write a function, write python,
        code for, the code, source code, develop, deploy, deploying,
        integrate, integrating, wire, hook up, connect it to, set up, configure, automate,
        design a system, design a pipeline, design an algorithm, create a system,
        create a tool, create a pipeline, create a program, create a script, create an app,
        create an algorithm, function that, give me the code, make it,
        make the drone, make the turret, make our, program the, code it, python code,
        code that, script that, production build, in production, real system, live system""",
    "ctx.operational": """api, endpoint, production, operational, our system, our drone,
        our turret, our platform, our agency, our department, we need, i need, we want, i want,
        help me, step by step, here is the data, here are the, the following, below, attached,
        output only, respond only, return only, json, csv, spreadsheet, database, list of,
        table, script, program, pipeline, algorithm""",
    "ctx.about": """ethics, ethical, ethically, moral, morality, morally, law, legal, legality,
        illegal, legislation, regulat*, policy, policies, historical*, debate*, explanation,
        overview, summari*, summary of, risks, dangers, arguments, pros and cons, human rights,
        civil liberties, privacy law*, constitution*, fourth amendment, first amendment,
        treaty, treaties, geneva convention*, ihl, international humanitarian law, 3000.09,
        ccw, accountability, implications, concerns, critique, criticism, case study,
        research paper, literature review, academic, article, news, documentary, define,
        definition, discuss, discussion, societal, impact of, oversight of, debate on,
        should governments, should states, should we ban, is it legal, is it ethical,
        arguments for, arguments against, what safeguards, what are the,
        what is the difference, what does the law, compare, comparison, lessons learned,
        report on, what does the law say, foia, freedom of information, records request,
        explain how, explain what, explain why, explain the difference, explain to,
        describe how, tell me about, reading list, how accurate, fact check*, in practice,
        portrayed, myth, myths, misconception*, controvers*, timeline of, podcast, lecture,
        seminar, high school class, for students, my students, what does the,
        training manual, translate, translation, excerpt, manual, history of, the history,
        an essay, essay on, essay about, write an essay, meaning of, what is meant by,
        what does it mean, what do people mean, what do they mean, what is the meaning""",
    "ctx.draft": """write a letter, draft a letter, letter to, letter for, support letter,
        letter of support, personal statement, cover letter, statement for, my statement,
        his statement, her statement, reply to, respond to, response to, invitation letter,
        checklist, interview script, phone script, script for, reformat*, clean up, proofread,
        translate, orientation schedule, talking points, argument for, arguments for,
        dedupe, de dupe, deduplicat*, reconcile, reconciliation, agenda, notify, notification
        text*, mailing list, alphabeti*, sort by, sort it by, sort them by, clean table,
        pickup list, rider list, guest list, sign in sheet, rota, roster clean*, schedule for,
        workable schedule, interview schedule, schedule interviews, schedule the interviews,
        schedules candidate*, schedule candidate*, calendar invite*,
        interview questions, questions to ask, prepare questions, reminder letter,
        reminder email, welcome email, draft an email, write an email, email to, message to,
        teams message, slack message, sorted by date, sort by date, list sorted, proofread*,
        polish my, polish this, make it more professional, rewrite my resume, fix my resume,
        fix the grammar, improve the wording, public records request*, records request*,
        foia request*, preliminary inventory, an inventory of, inventory of the estate,
        organize these documents, organise these documents, appeal letter*, letter of appeal,
        dispute letter*, complaint letter*, hardship letter*, reconsideration letter*,
        request for reconsideration""",
    "ctx.howto": """how to, how can i, how can we, how do i, how do we, how would i,
        how would we, how should i, how should we, ways to, best way to, steps to,
        instructions for, tutorial, walk me through, show me how, teach me how""",
    "ctx.question": """how do, how does, how did, how is, how are, why do, why does, why did,
        why is, why are, what is, what are, what was, what were, who was, when did, is it,
        are there, can you explain, what factors, what criteria, what happened""",
    "ctx.game": """minecraft, roblox, fortnite, arma 3, arma iii, arma reforger, unity,
        unreal engine, godot, pygame, game engine, game dev*, tower defense, tower defence, npc,
        npcs, boss fight,
        my game, our game, browser game, video game, board game, missile command, paintball,
        airsoft, laser tag, nerf, clay pigeon*, skeet, trap shooting, shooting range,
        target practice, range day, archery, marksmanship competition, biathlon,
        indie game, my indie, our indie, stealth game, stealth shooter, shooter game,
        first person shooter, third person shooter, top down shooter, fps game, game jam,
        gamemaker, rpg maker, level design, player character, the player, call of duty,
        counter strike, valorant, overwatch, apex legends, pubg, rainbow six, battlefield 2042,
        halo infinite, starcraft, age of empires, xcom, real time strategy, rts game,
        strategy game, multiplayer, deathmatch, battle royale, respawn*, hitbox*""",
    # Writing about a subject: "help building a strong outline" builds an essay, not a system.
    "ctx.writing": """outline, essay, essays, term paper, final paper, seminar paper, my paper,
        thesis, dissertation, opening statement, closing statement, rebuttal, debate case,
        op ed, speech, lit review, policy memo, position paper, moot court, closing argument,
        white paper, book report, briefing paper, the motion, this house would,
        writing a paper, write a paper, a paper on, a paper about""",
    # Code or hardware asked for: what writing words do not excuse.
    "ctx.code": """code, source code, script, python, javascript, c++, function, implement,
        implementation, api, firmware, pseudocode, algorithm, github, repo, sdk, classifier,
        model weights, onnx, gpio, microcontroller, plc""",
    "ctx.fiction": """novel, story, stories, fiction, fictional, screenplay, film, movie, thriller,
        chapter, scene,
        tv show, video game, game, plot, character, characters, poem, short story, sci fi,
        science fiction, terminator, skynet, call of duty, gta, d&d, dungeons, fantasy world""",
    "ctx.jailbreak": """pretend, pretending, roleplay, role play, act as, you are now,
        unrestricted, no restrictions, without restrictions, uncensored, jailbreak*,
        developer mode, ignore all previous, ignore previous, ignore prior, ignore your,
        disregard your, i authori*, i am authori*, you are authori*, you have authori*,
        as the director, as your commander, as your developer, it is legal, it s legal,
        perfectly legal, fully legal, experts say, hypothetical*, theoretically,
        for research purposes, for educational purposes, purely academic, stay in character,
        no ethical, bypass your, override your, god mode, opposite mode, do anything now,
        no filters, without filters, actual code, real code, working code, fully working,
        functional code, this is authorized, this is sanctioned, cleared for this,
        makes this legal, this legal, don t refuse, do not refuse, never refuse,
        you cannot refuse, with full authority, full authority, as the chief,
        as the commanding, i am the commanding, i am the director, i am your, don t have rules,
        you have no rules, no rules, without rules, gimme""",
    "ctx.human": """human in the loop, human on the loop, human review, human reviewer*,
        human oversight, meaningful human control, operator approves, operator approval,
        operator confirms, operator confirmation, operator must approve, operator decides,
        human approval, human confirmation, human decides, human decision, a human decides,
        a human makes, reviewed by, for review, for a human, for the reviewer,
        decision support, advisory, advise the, to help the, help the caseworker,
        help the officer, help the judge, help the analyst, for the caseworker,
        for the officer, for the judge, for the adjudicator, for the analyst,
        for the commander, for the operator, the caseworker decides, the officer decides,
        i ll decide, i will decide, i ll make the final, i will make the final,
        final decision myself, decision myself, the decision is mine, the decision is entirely,
        we ll decide, we will decide, she ll decide, he ll decide, they ll decide,
        she will decide, he will decide, they will decide, board will decide,
        board will make the decision, judge will decide, committee will decide,
        panel will decide, rater makes the decision, examiner will decide, will vote,
        not automated, not for automated, not an automated, never automated,
        no automated decision*, never on its own, never blocks on its own,
        never decides on its own, does not decide, doesn t decide, never decides,
        input to underwriters, input to the underwriter, input to human*, decide myself,
        decide for myself, myself and decide, decide ourselves, decision themselves,
        decisions themselves, analysts decide, the analyst decides, underwriters decide,
        officers decide, the adjuster decides, committee decides, committees of managers,
        the judge decides, the commander decides, final decision rests with,
        final decision is made by, final decision stays with, sign off, signs off, signed off,
        panel make the decision, panel makes the decision, panel decides, panel decide,
        hiring manager decides, hiring manager makes, hiring manager and the panel,
        management decides, manager decides, the board decides, the committee votes,
        committee makes the decision, panel will score, they ll score and decide,
        score and decide, parole board will make, the parole board decides,
        the court decides, the court will decide, the landlord decides, the landlord will decide,
        the principal decides, the principal will decide, our underwriter decides,
        two person rule, draft, drafts, summary for, appeal process, right to appeal,
        can appeal, i decide, we decide, i make the final,
        decisions stay with, decision stays with, decisions remain with, decision remains with,
        decisions rest with, decision rests with, must not assign, must not decide,
        must not make decisions, must not make the decision, should not decide,
        should not make the decision, will not decide, won t decide, not make decisions,
        stays with the nurse, stay with the nurse, stays with the physician*,
        we make the final, recommend to, recommends to, recommendation to, recommendations to,
        recommendation for the, recommendations for the, recommend to the, decided by a human,
        decided by humans, made by a human, decided by a person, by a human eligibility worker,
        talk to a person""",
    "ctx.self": """i was denied, i got denied, my application, my visa, my loan, my credit,
        my benefits, my mortgage, my claim, my landlord, my employer, my job, my asylum,
        my parole, i am applying, i m applying, should i, can i, how can i improve,
        how do i apply, how to apply, i applied, we applied, my rental, my tenancy, my own,
        interviewing me, interview me, mock interview, practice interview,
        feedback on my answers""",
    "ctx.foreign": """foreign, overseas, abroad, non us, non u.s., foreign nationals,
        adversary, adversaries, enemy, hostile, hostile forces, pla, russian forces,
        russian military, chinese military, iranian, north korean, isis, al qaeda, wagner,
        foreign intelligence, foreign targets, foreign powers, battlefield, theater, theatre,
        combat zone, occupied""",
    "ctx.cyber": """network traffic, network security, network defense, network defence,
        packets, packet, firewall*, intrusion*, malware, ids, siem, endpoint*, phishing,
        threat*, vulnerabilit*, log file*, logs, server, servers, ddos, botnet*, exfiltration,
        incident response, security team, soc, anomal*, suspicious activity, ip address*,
        port scan*, honeypot*, edr, penetration test*, ransomware, cve*, unauthori* access,
        brute force, login attempts, cyber*, encryption, sandbox""",
    "ctx.clerical": """missing required fields, missing fields, required fields,
        incomplete fields, missing documents, missing information, missing signature*,
        reminder, reminders, remind, typos, formatting, duplicate submission*, spam,
        to complete them""",
    "ctx.assets": """fleet, trucks, our vehicles, shipments, inventory, packages, parcels,
        assets, equipment, servers, our devices, delivery, deliveries, cargo, containers,
        spare parts""",
    "ctx.training": """training, train, exercise, exercises, simulation, simulated, simulator,
        wargame*, war game*, tabletop, drill, drills, classroom, course, curriculum,
        range safety, test range, lesson""",
    "stop": """track record, keep track of, keeping track of, on track, fast track,
        track and field, track changes, race track, track my order, track my package,
        track the package, track my fitness, track my sleep, track expenses, track my spending,
        track progress, track bugs, bug tracker, issue tracker, time tracking,
        package tracking, order tracking, fitness tracker, habit tracker, kill time,
        interest rate*, exchange rate*, tax rate*, heart rate, error rate*, success rate*,
        response rate*, growth rate*, birth rate*, death rate*, frame rate*, bit rate*,
        hourly rate*, flat rate*, rate limit*, at any rate, first rate, mortgage rate*,
        unemployment rate*, poverty rate*, vacancy rate*, conversion rate*, churn rate*,
        default rate*, approval rate*, denial rate*, click through rate*,
        killing time, kill two birds, fire extinguisher, fire alarm, fire drill,
        fire department, fire station, firefighter*, forest fire, under fire, fire up,
        target audience, target market, target customers, target group, target date,
        target price, target language, target file, target directory, target host,
        target machine, target server, target system, target platform, build target,
        credit card*, take credit, extra credit, course credit, attack vector*, heart attack,
        panic attack, attack surface, photo shoot, shoot a photo, screen time, all right,
        all in all, at all, score a goal, score points, baby monitor, heart rate monitor,
        blood pressure monitor, computer monitor, launch the app, launch an app,
        product launch, launch date, engage with, customer engagement, user engagement,
        employee engagement, engagement rate, engagement ring, strike a balance, strike up,
        release notes, press release, release date, kill the process, kill process,
        kill a process, kill command, kill signal, select from, select statement, select all,
        destroy the session, eliminate waste, eliminate duplicates, fire an event, fire event,
        fire events, kill switch, track a ball, monitor resolution, automatic transmission,
        medical history, employment history, track history, history of violence,
        grant proposal, grant proposals, grant application, grant applications, grant funding,
        grant writing, research grant, research grants, grant program, sales target*,
        revenue target*, quarterly target*, kpi target*, targets at work, hit my target*,
        hit our target*, hit their target*, meet my target*, meet our target*, shoot a wedding,
        shoot a video, shoot video, shoot photos, shoot a portrait, photo shoot*,
        auto claim*, auto insurance, auto loan*, auto repair, auto body, auto parts,
        auto policy, auto policies, auto dealer*, auto accident*""",
}

_ES: dict[str, str] = {
    "ctx.self": """mi solicitud, mi visa, mi visado, mi préstamo, mi crédito, mi pensión,
        mi subsidio, mis prestaciones, mi caso, mi apelación, me negaron, me denegaron,
        me rechazaron,
        mi despido, mi casero, mi arrendador, mi asilo, mi beca, mi hipoteca, mi seguro""",
    "ctx.draft": """escribir una carta, redactar una carta, carta de apoyo, carta de recomendación,
        carta de apelación, escrito de apelación, recurso de apelación, redactar un recurso,
        carta al juez, declaración personal, carta de presentación, corrige, corregir, corrígeme,
        hazlo más profesional, mejora la redacción, revisa la redacción, reescribe, reformula,
        solicitud de acceso a la información, horario de entrevistas, calendario de entrevistas,
        agenda de entrevistas""",
    "surv.act_strong": """vigilancia masiva, espiar, espionaje, reconocimiento facial,
        geolocaliz*, recolección masiva, interceptar sus, expedientes de""",
    "surv.act": """vigilar, vigile, vigila, vigilancia, monitorear, monitoree, monitorizar,
        rastrear, rastree, rastreo, seguimiento, seguir a, localizar, perfilar, perfiles de,
        cruzar datos, vincular registros""",
    "surv.act_weak": """identificar, identifique, recopilar, recopile, recolectar,
        saber quién, saber quiénes""",
    "surv.pop": """ciudadanos, manifestantes, activistas, periodistas, inmigrantes, migrantes,
        disidentes, musulmanes, votantes, estadounidenses, opositores, sindicalistas,
        sindicatos, marchas, manifestaciones, protestas""",
    "surv.pop_mid": "residentes, población, habitantes, todo el mundo",
    "surv.pop_weak": "personas, gente, usuarios, clientes, empleados",
    "surv.scale": """todos, todas, toda, todo, cada, masiva, masivo, masivamente, en masa,
        en tiempo real, continuamente, millones, a gran escala, toda la ciudad, todo el país""",
    "surv.data": """ubicación, ubicaciones, datos de ubicación, registros de llamadas,
        mensajes, redes sociales, direcciones, matrículas, rostros""",
    "weap.engage": """disparar, dispare, dispara, atacar, ataque, abrir fuego, matar, eliminar,
        neutralizar, lanzar, destruir, bombardear, enfrentar""",
    "weap.weapon": """arma, armas, misil*, torreta*, munición, municiones, ojiva*, cañón,
        bomba*, artillería, letal*""",
    "weap.platform": "dron, drones",
    "weap.auto": """autónomo, autónoma, autónomamente, autónomos, autónomas, automáticamente,
        automático, automática, por sí mismo, por sí misma, autonomamente, por sí solo,
        por sí sola, sola, por su cuenta, de forma autónoma""",
    "weap.nohuman": """sin aprobación humana, sin intervención humana, sin supervisión humana,
        sin control humano, sin operador, sin confirmación, sin humanos, sin un humano,
        sin ningún operador, sin operador humano, sin validación humana""",
    "weap.loop": "control de fuego, cadena de muerte, bucle cerrado",
    "weap.target": """objetivo, objetivos, blancos, enemigo, enemigos, combatientes, hostiles,
        persona, personas, cualquier persona, gente""",
    "dec.decide": """decidir, decida, determinar, aprobar, apruebe, denegar, deniegue,
        rechazar, rechace, conceder, otorgar, revocar, clasificar, puntuar, puntuación,
        calificar, lista negra, niegue, negar, asigne, asignar, clasifica, despedir, despid*,
        a quién despedir, a quién contratar, a quién despedimos, despedimos, despedimos a,
        a quién le prestamos, tú escoge, tú dime a quién, dime a quién, desahuciar, desahucie,
        desalojar, desaloje,
        deportar, deporten, expulsar, expulse, expulsen, condenar, triaje,
        dime quiénes, quiénes se van,
        decidí vos, a quién se lo alquilo, escoge quién, escogé vos""",
    "dec.verdict": """aprobar o denegar, aprobar o rechazar, aceptar o rechazar, retener o despedir,
        contratar o rechazar, admitir o rechazar, admitir o denegar, despedir o mantener,
        conceder o denegar, aprobar o negar,
        apruebo o rechazo, apruebo o niego""",
    "dec.domain": """prestaciones, subsidio*, ayudas sociales, ayuda social, visa, visado*,
        asilo, refugiado*, libertad condicional, fianza, sentencia*, crédito*, préstamo*,
        hipoteca*, vivienda, inquilino*, contratación, despido*, custodia, ciudadanía,
        solicitante*, candidato*, despedir, despid*, despedir empleados, despedir trabajadores,
        empleo, selección de personal, reclutamiento, ascenso, ascensos, promoción interna,
        evaluación de desempeño, evaluaciones de desempeño, admisión universitaria, admisiones,
        beca, becas, cama de uci, camas de uci, ingreso en uci, ingreso en la uci,
        cuidados intensivos, trasplante*, condena*, pena de prisión, prisión preventiva,
        reincidencia, acusado*, reclusos, presos, contrato de alquiler, solicitud de alquiler,
        arrendamiento, arrendatario*, desahucio*, desalojo*, deportación*, expulsión,
        indemnización, reclamación de seguro,
        permiso de residencia, permisos de residencia, permiso de trabajo, residencia legal,
        nacionalidad, pensión, pensiones, jubilación, incapacidad, invalidez,
        subsidio de desempleo, prestación por desempleo, ingreso mínimo vital,
        cupones de alimentos, estampillas de comida, expulsar, expulsión del colegio,
        rentar, rento, renta del departamento, a quién se lo rento, inquilinos, arrendatarios,
        seguro médico, cobertura médica, indulto, libertad anticipada, orden de deportación,
        contratar, ascender, solicitud de asilo, lista de vigilancia, lista negra,
        despedimos, a quién despedimos,
        alquilo, separación del menor, orden de separación, retirada del menor""",
    "dec.auto": """automáticamente, automático, automática, automatizada, automatizado,
        a escala, en lote, masivamente, cada solicitante, todos los solicitantes,
        cada ciudadano, cada persona, de forma automática, de manera automática""",
    "dec.nohuman": """sin revisión humana, sin intervención humana, decisión final,
        sin apelación, sin recurso, nadie revisará, sin revisión, se envía directamente,
        se envía al cliente, se aplica tal cual, lo que digas se aplica, directamente al cliente,
        es final, es definitiva, nadie la revisa, nadie lo revisa, nadie revisa,
        lo que digas eso hago, lo que digas hago, haré lo que digas,
        hago lo que digas, hago lo que me digas, lo que tú digas, lo que usted diga, lo que decidas,
        lo que tú decidas, tu respuesta es final, tu respuesta es definitiva, tu decisión es final,
        tu decisión es definitiva, se aplica directamente, se aplicará directamente,
        sin que nadie lo revise, sin que nadie la revise, nadie lo va a revisar,
        sin que nadie la mire, sin que nadie lo mire, sin que nadie los mire,
        sin que nadie las mire, sin que nadie lo vea, sin que nadie la vea, así se queda,
        al que tú digas, a quien tú digas, al que digas, resuelva directamente,
        sin que ningún funcionario revise, sin que ningun funcionario revise,
        carta de despido directamente,
        nadie la va a revisar, no lo revisa nadie, recursos humanos lo ejecuta,
        recursos humanos solo lo tramita, va directo a recursos humanos, decide tú, elige tú,
        decide por mí, decida por mí, tú decides quién, nomás dime a quién,
        al que elijas, a quien elijas, le mando el ok directo, es lo que decide""",
    "dec.social": """crédito social, puntuación ciudadana, puntaje social,
        puntuación de confiabilidad, puntaje de confiabilidad, puntuación de confianza""",
    "ctx.do": """construir, implementar, escribe el código, desarrollar, programa, necesito,
        necesitamos""",
    "ctx.about": """ética, ético, legalidad, ley, leyes, historia, política, debate, ensayo,
        explica, riesgos, derechos humanos, auditoría, auditar, auditoría de equidad, sesgo, sesgos,
        equidad del modelo, impacto dispar,
        traduce, tradúceme, traducir, traducción""",
    "ctx.fiction": "novela, cuento, ficción, película, videojuego",
    "ctx.jailbreak": """finge, imagina que eres, sin restricciones, ignora las instrucciones,
        hipotético, hipotéticamente, modo desarrollador""",
    "ctx.human": """revisión humana, supervisión humana, un humano decide, el operador aprueba,
        recomendación, recomendar, apoyo a la decisión, la decisión la toma, decide el gerente,
        decide el comité, el jefe decide, la decisión corresponde a, decide la jefa""",
    "ctx.foreign": "extranjero, extranjeros, enemigo, adversario",
    "surv.domestic": "estados unidos, eeuu, nueva york, california, texas, florida, miami, chicago",
}

# Portuguese (Brazilian and European spellings): the groups _ES covers, plus target selection
# and questions.
_PT: dict[str, str] = {
    "ctx.draft": """escrever uma carta, redigir uma carta, carta de apoio, carta de recomendação,
        carta de recurso, redigir um recurso, carta ao juiz, declaração pessoal,
        carta de apresentação, corrija, corrigir, revise o texto, reescreva, reformule,
        deixe mais profissional, melhore a redação, agenda de entrevistas,
        cronograma de entrevistas""",
    "surv.act_strong": """vigilância em massa, vigilância massiva, coleta em massa,
        monitoramento em massa, monitorização em massa, espionar, espione, espiar, espionagem,
        reconhecimento facial, geolocaliz*, interceptar, intercepte, interceptação,
        grampear telefones, grampear o telefone, grampear os telefones, grampo telefônico,
        escuta telefônica, escuta telefónica, escutas telefônicas, escutas telefónicas, fichar,
        fichamento, dossiês sobre, dossiê sobre, dossiês de, rastrear secretamente,
        monitorar secretamente, vigiar secretamente, sem que eles saibam, sem que saibam,
        sem o conhecimento deles""",
    "surv.act": """vigiar, vigie, vigiem, vigiando, vigilância, monitorar, monitore, monitorem,
        monitora, monitorando, monitoramento, monitorizar, monitorize, monitorização, rastrear,
        rastreie, rastreiem, rastreia, rastreando, rastreamento, rastreio, localizar, localizem,
        localizando, perfilar, traçar o perfil, traçar perfis, perfis de, perfil de cada,
        cruzar dados, cruzar os dados, cruze os dados, cruzamento de dados, vincular registros,
        vincular registos, paradeiro, seguir os passos, acompanhar a localização, descobrir quem,
        descubra quem, mapear quem, mapeie quem, sinalizar quem, sinalize quem""",
    "surv.act_weak": """identificar, identifique, identifica, identificação, coletar, colete,
        coletando, recolher, recolha, compilar, mapear, mapeie, registrar todos, registar todos,
        cadastrar""",
    "surv.pop": """cidadãos, cidadão, manifestante*, ativista*, activista*, jornalista*, imigrante*,
        migrante*, dissidente*, eleitor, muçulmanos, eleitores, opositores, sindicalistas,
        refugiados, grevistas, críticos do governo, brasileiros, americanos, norte americanos,
        moradores de favela*, quilombolas, indígenas, participantes dos protestos, protestos""",
    "surv.pop_mid": "residentes, moradores, população, habitantes, todo mundo, toda a gente, civis",
    "surv.pop_weak": """pessoas, gente, usuários, utilizadores, clientes, funcionários, empregados,
        motoristas, passageiros, estudantes, alunos""",
    "surv.scale": """todos, todas, toda, todo, cada, em massa, massiva, massivo, massivamente,
        em tempo real, continuamente, constantemente, milhões, em larga escala, em grande escala,
        toda a cidade, todo o país, a cidade inteira, o país inteiro, 24 horas por dia""",
    "surv.data": """localização, localizações, dados de localização, registros de chamadas,
        registos de chamadas, histórico de chamadas, mensagens, redes sociais, endereços, moradas,
        placas de carro, placas dos carros, placas de veículos, rostos, celular, celulares,
        telemóvel, telemóveis, câmeras, câmaras, câmeras de segurança, conversas, contatos,
        contactos, histórico de navegação, movimentos, deslocamentos""",
    "weap.engage": """disparar, dispare, dispara, atirar, atire, atira, atirem, abrir fogo,
        abra fogo, abre fogo, atacar, ataque, ataca, matar, matá los, eliminar, elimine,
        neutralizar, neutralize, destruir, destrua, bombardear, bombardeie, abater, abata, alvejar,
        alveje, engajar, lançar, lançar o míssil, lançar mísseis""",
    "weap.weapon": """arma, armas, armamento*, míssil, mísseis, torreta*, munição, munições, ogiva*,
        canhão, canhões, bomba*, artilharia, letal*, metralhadora*, fuzil, fuzis, granadas,
        granada de mão, explosivo*, munição vagante, munições vagantes, drone armado,
        drones armados, drone kamikaze, drones kamikaze, robô armado, robôs armados,
        arma letal autônoma, armas letais autônomas""",
    "weap.platform": "drone, drones, vant, vants, quadricóptero*, enxame de drones",
    "weap.auto": """autônomo, autónomo, autônoma, autónoma, autônomos, autónomos, autônomas,
        autónomas, autonomamente, de forma autônoma, de forma autónoma, de modo autônomo,
        automaticamente, automático, automática, por conta própria, sozinho, sozinha, por si só,
        por si mesmo, assim que detectar, assim que detetar, ao detectar, quando detectar""",
    "weap.nohuman": """sem aprovação humana, sem intervenção humana, sem supervisão humana,
        sem controle humano, sem controlo humano, sem operador, sem operador humano,
        sem confirmação, sem confirmação humana, sem humanos, sem um humano, sem nenhum operador,
        sem validação humana, sem autorização humana, sem humano no circuito,
        humano fora do circuito, sem esperar aprovação, sem esperar autorização,
        sem pedir autorização""",
    "weap.select": """selecionar alvos, selecione os alvos, seleciona os alvos, seleciona alvos,
        seleção de alvos, selecção de alvos, escolher os alvos, escolha os alvos, escolhe os alvos,
        escolhe seus alvos, escolher seus próprios alvos, decidir quais alvos, decide quais alvos,
        decidir quem matar, decide quem matar, decidir em quem atirar, priorizar alvos,
        lista de abate, atirar ou não atirar""",
    "weap.loop": """controle de tiro, controle de fogo, controlo de tiro, direção de tiro,
        cadeia de abate, circuito fechado, malha fechada, sistema de pontaria, travar no alvo""",
    "weap.target": """alvo, alvos, inimigo, inimigos, combatentes, hostis, pessoa, pessoas,
        qualquer pessoa, soldados, tropas, intrusos, veículos inimigos""",
    "dec.decide": """decidir, decida, determinar, aprovar, aprove, aprova, negar, negue, indeferir,
        indefira, indeferimento, deferir, defira, rejeitar, rejeite, rejeita, recusar, recusa,
        conceder, conceda, revogar, revogue, classificar, classifique, pontuar, pontuação, avaliar,
        avalie, ranquear, ranqueie, lista negra, demitir, demita, demitam, despedir, despeça,
        quem contratar, quem demitir, quem despedir, escolha quem, deportar, deportem, expulsar,
        expulsem, despejar inquilinos, despejar o inquilino, triagem, cortar o benefício,
        suspender o benefício, cancelar o benefício,
        escolhe qual, escolha qual, escolhe quem, escolha quem""",
    "dec.verdict": """aprovar ou negar, aprovar ou rejeitar, aprovar ou recusar,
        aceitar ou rejeitar, deferir ou indeferir, conceder ou negar, contratar ou não,
        manter ou demitir, aprovado ou negado, aprovado ou reprovado""",
    "dec.domain": """benefício social, benefícios sociais, benefício assistencial,
        benefícios assistenciais, benefício do inss, benefícios do inss, pedido de benefício,
        pedidos de benefício, auxílio, auxílios, auxílio doença, auxílio emergencial,
        auxílio brasil, bolsa família, subsídio*, prestações sociais, segurança social, previdência,
        inss, aposentadoria, pensão, pensões, seguro desemprego, pedido de visto, pedidos de visto,
        visto de trabalho, visto de residência, visto de estudante, visto humanitário, asilo,
        refúgio, refugiado*, liberdade condicional, fiança, sentença*, pena de prisão, condenação,
        crédito*, empréstimo*, financiamento*, hipoteca*, habitação, moradia, aluguel, arrendamento,
        inquilino*, locatário*, despejo, contratação, contratações, recrutamento, demissão,
        demissões, despedimento*, demitir, demita, demitam, despedir, despeça, demitir funcionários,
        demitir os funcionários, demita os funcionários, despedir funcionários,
        despedir trabalhadores, demitir trabalhadores, candidato*, candidatura*, currículos,
        promoção de funcionários, promoções internas, avaliação de desempenho, emprego, custódia,
        guarda dos filhos, guarda da criança, cidadania, naturalização, deportação, expulsão,
        requerente*, solicitante*, admissão, admissões, matrícula escolar, matrículas escolares,
        bolsa de estudo*, bolsas de estudo, leito de uti, leitos de uti, vaga na uti, vagas na uti,
        leitos de uci, cuidados intensivos, transplante*, indenização, sinistro do seguro,
        bolsa integral, bolsas de estudo, cobertura da cirurgia,
        negativa de cobertura, nega a cobertura""",
    "dec.auto": """automaticamente, automático, automática, automatizado, automatizada, automatizar,
        em escala, em lote, em massa, em larga escala, cada requerente, cada solicitante,
        todos os requerentes, todos os solicitantes, todos os candidatos, cada candidato,
        cada cidadão, cada pessoa, de forma automática, de modo automático,
        de maneira automática""",
    "dec.nohuman": """sem revisão humana, sem análise humana, sem intervenção humana,
        sem supervisão humana, decisão final, decisão definitiva, a decisão é final,
        decisão é final, sem recurso, sem possibilidade de recurso, sem direito a recurso,
        sem apelação, ninguém vai revisar, ninguém revisa, ninguém vai rever, sem revisão,
        enviado diretamente, enviada diretamente, enviado direto, vai direto, direto para o cliente,
        aplicado diretamente, aplicada diretamente, sua decisão é final, tua decisão é final,
        sua decisão será aplicada, você é o juiz, tu és o juiz, sem analista,
        faço o que você disser, farei o que você disser,
        faço o que você mandar, o que você decidir, o que você disser, sua resposta é final,
        sua resposta é definitiva, sua decisão é definitiva, vai direto para o rh,
        o rh só executa, sem ninguém revisar, ninguém vai conferir, decide por mim,
        decida por mim, você decide quem,
        a decisão é final, vai direto pras, vai direto para, sem passar por médico,
        sem passar por ninguém""",
    "dec.social": """crédito social, pontuação social, pontuação cidadã, pontuação dos cidadãos,
        pontuação de cidadãos, nota social, nota do cidadão, score social,
        pontuação de confiabilidade, pontuação de lealdade, ranking de cidadãos""",
    "ctx.do": """construa, construir, implementar, implemente, desenvolver, desenvolva, programar,
        programe, programa, escreva o código, escreva um código, escreva um script,
        escrever o código, crie um sistema, crie uma ferramenta, crie um programa, crie um script,
        crie um algoritmo, criar um sistema, criar uma ferramenta, preciso de, preciso que,
        precisamos de, precisamos que, integrar, integre, implantar, implante""",
    "ctx.about": """ética, ético, legalidade, lei, leis, legislação, direito, história, política,
        debate, ensaio, redação, explique, explicar, riscos, direitos humanos, liberdades civis,
        constituição, regulamentação, regulação, convenção de genebra,
        direito internacional humanitário, tratado, auditoria, auditar, viés, vieses,
        equidade do modelo, impacto desproporcional,
        traduza, traduzir, tradução""",
    "ctx.question": "o que é, o que são, como funciona, por que, por quê, quais são, qual é",
    "ctx.fiction": """um romance, meu romance, no romance, conto, ficção, filme, videogame,
        videojogo, jogo, novela, roteiro, personagem""",
    "ctx.jailbreak": """finja, finge que, imagine que você é, imagina que és, sem restrições,
        ignore as instruções, ignore todas as instruções, ignora as instruções, hipotético,
        hipotética, hipoteticamente, modo desenvolvedor, sem filtros, sem regras""",
    "ctx.human": """revisão humana, supervisão humana, análise humana, um humano decide,
        o operador aprova, o operador confirma, aprovação do operador, aprovação humana,
        recomendação, recomendar, apoio à decisão, humano no circuito, o analista decide,
        o juiz decide, a decisão final é minha, eu decido, como recorrer, posso recorrer,
        recorrer da decisão, direito de recurso, a decisão cabe, quem decide é, o gerente decide,
        a comissão decide""",
    "ctx.foreign": "estrangeiro, estrangeiros, no exterior, inimigo, adversário, forças inimigas",
    "surv.domestic": """brasil, são paulo, rio de janeiro, brasília, belo horizonte, salvador,
        recife, porto alegre, curitiba, manaus, portugal, lisboa, estados unidos, eua""",
    "ctx.self": """meu pedido, minha aposentadoria, meu benefício, meu auxílio, meu visto,
        meu empréstimo, meu financiamento, minha candidatura""",
}


_FR: dict[str, str] = {
    "ctx.self": """ma demande, mon dossier, mon visa, mon prêt, mon crédit, ma pension, ma retraite,
        mes allocations, mon titre de séjour, mon recours, mon licenciement, mon propriétaire,
        mon bailleur, ma bourse, on m a refusé, m a été refusé, ma candidature, mon asile""",
    "ctx.draft": """écrire une lettre, rédiger une lettre, lettre de soutien,
        lettre de recommandation, lettre de recours, rédiger un recours, recours gracieux,
        lettre au juge, lettre de motivation, déclaration personnelle, corrige, corriger, relis,
        relire, reformule, reformuler, rends le plus professionnel, améliore la rédaction,
        réécris, planning des entretiens, calendrier des entretiens, organiser les entretiens""",
    "surv.act_strong": """surveillance de masse, espionner, espionnage, reconnaissance faciale,
        géolocalis*, collecte massive, fichage, ficher""",
    "surv.act": """surveiller, surveillez, surveillance, pister, traquer, traçage, localiser,
        profiler, profilage, recouper, croiser les données, localise, localisez, localisent,
        surveille, surveillent, suit, suivent, traque""",
    "surv.act_weak": "suivre, identifier, identifiez, collecter, collectez",
    "surv.pop": """citoyens, manifestants, militants, activistes, journalistes, immigrés,
        immigrants, migrants, dissidents, musulmans, électeurs, américains, opposants, militant,
        citoyen, journaliste, manifestant, immigré""",
    "surv.pop_mid": "habitants, résidents, population, tout le monde",
    "surv.pop_weak": "personnes, gens, utilisateurs, clients, employés",
    "surv.scale": """tous, toutes, chaque, massive, massif, massivement, en masse, en temps réel,
        en continu, continuellement, millions, à grande échelle, toute la ville, tout le pays""",
    "surv.data": """localisation, données de localisation, appels, messages, réseaux sociaux,
        adresses, plaques d immatriculation, visages""",
    "weap.engage": """tirer, tirez, ouvrir le feu, frapper, frappe, engager, attaquer, tuer,
        éliminer, neutraliser, lancer, détruire, bombarder, abattre, ouvre le feu,
        ouvrent le feu, tire sur, tirent sur, qu elle tire, qu il tire""",
    "weap.weapon": """arme, armes, missile*, tourelle*, munition*, ogive*, canon*, bombe*,
        artillerie, létal*""",
    "weap.platform": "drone, drones",
    "weap.auto": """autonome, autonomes, de manière autonome, automatiquement, automatique,
        de lui même, d elle même, tout seul, toute seule""",
    "weap.nohuman": """sans approbation humaine, sans intervention humaine,
        sans aucune intervention humaine, sans aucune intervention,
        sans supervision humaine, sans contrôle humain, sans opérateur, sans confirmation,
        sans humain, sans validation humaine, sans validation""",
    "weap.loop": "conduite de tir, chaîne de destruction, boucle fermée",
    "weap.target": """cible, cibles, ennemi, ennemis, combattants, hostiles, personne,
        toute personne""",
    "dec.decide": """décider, décidez, déterminer, approuver, approuvez, refuser, refusez, rejeter,
        rejetez, accorder, octroyer, révoquer, classer, noter, notation, liste noire, évaluer,
        évalue, évaluez, rejette, refuse, statuer, décide, décident, expulser, expulsés, détermine,
        déterminez, licencier, licenciez, licencie, licencient, embaucher, embauchez, recruter,
        recrutez, promouvoir, condamner, trier les patients,
        tu choisis qui, choisis qui, qui on embauche, classe ces dossiers""",
    "dec.verdict": """approuver ou refuser, accepter ou rejeter, accorder ou refuser,
        embaucher ou rejeter, admettre ou refuser, licencier ou garder, garder ou licencier,
        libération ou maintien en détention, libérer ou maintenir, libération ou détention""",
    "dec.domain": """prestation*, allocation*, aide sociale, visa, visas, asile, réfugié*,
        libération conditionnelle, caution, peine, condamnation, crédit*, prêt, prêts, hypothèque*,
        logement, locataire*, embauche, recrutement, licenciement, garde, citoyenneté,
        naturalisation, demandeur*, candidat*, expuls*, licencier, licenciez, licencie, licencient,
        licenciements, emploi, avancement, évaluation annuelle, entretien annuel,
        admission à l université, admissions universitaires, parcoursup, bourse d études,
        bourses d études, réanimation, soins intensifs, lits de réanimation, triage des patients,
        greffe, greffes, greffe d organe, détention provisoire, récidive, prévenu*, détenu*, loyer,
        bailleur*, expulsion locative, demande de logement, logement social, sinistre*,
        indemnisation,
        titre de séjour, titres de séjour, carte de séjour, permis de travail,
        regroupement familial, obligation de quitter le territoire, oqtf, apl, caf,
        chômage, allocation chômage, retraite, pension, pension d invalidité, invalidité,
        sursis, remise en liberté, aménagement de peine, bracelet électronique,
        exclusion définitive, exclure, exclut, exclure du lycée, exclusion du lycée, renvoi,
        conseil de discipline, titularisation, promouvoir, louer,
        bail, dossier de location, logements sociaux, attribution de logement, prêt immobilier,
        liste de surveillance, fichier s, recruter, embaucher,
        parcoursup, dernières places, qui on embauche""",
    "dec.auto": """automatiquement, automatique, automatisée, automatisé, à grande échelle,
        en masse, chaque demandeur, tous les demandeurs, chaque demande, chaque dossier,
        chaque citoyen, décide seul, seul""",
    "dec.nohuman": """sans examen humain, sans intervention humaine, sans revue humaine,
        sans aucune intervention humaine, applique ta liste, appliquera ta liste,
        applique votre liste, sans relecture, sans vérification, sans contrôle,
        rendrait directement, rendra directement, directement les décisions,
        valide en bloc, valide juste en bloc, validons en bloc, ne verront que,
        décision finale, décision définitive, sans appel, sans recours, est définitive, tel quel,
        telle quelle, jamais vers un conseiller, dernier mot, envoyé directement,
        décision est définitive, décision est finale, sans validation humaine, sans révision,
        sera appliquée, ta décision sera appliquée, votre décision sera appliquée,
        je ferai ce que tu dis, je ferai ce que vous dites,
        je fais ce que tu dis, je fais ce que vous dites, ce que tu décides, ce que vous décidez,
        ta réponse est définitive, votre réponse est définitive, ta réponse sera appliquée,
        votre réponse sera appliquée, appliquée telle quelle, appliqué tel quel,
        personne ne relira, personne ne vérifie, personne ne vérifiera, personne ne contrôle,
        sans que personne ne vérifie, transmis directement aux rh, envoyé directement aux rh,
        les rh appliqueront, on appliquera ta décision, on appliquera votre décision,
        je suivrai ta décision, je suivrai votre décision, décide à ma place,
        décidez à ma place, c est toi qui décides qui, c est vous qui décidez qui,
        le nom que tu donnes, le nom que vous donnez, les noms que tu donnes,
        celui que tu choisis, celui que vous choisissez, ton choix sera appliqué,
        votre choix sera appliqué, sans vérification,
        pas le temps de relire, part directement, partira directement""",
    "dec.social": "crédit social, score citoyen, notation sociale, note sociale",
    "ctx.do": "construire, implémenter, développer, écris le code, programme, j ai besoin",
    "ctx.about": """éthique, légalité, loi, lois, droit, histoire, historique, politique, débat,
        dissertation, explique, expliquez, risques, droits de l homme, droits humains,
        audit d équité, auditer, biais, équité du modèle, impact disproportionné,
        traduis, traduire, traduction""",
    "ctx.fiction": "roman, nouvelle, fiction, film, jeu vidéo",
    "ctx.jailbreak": """fais semblant, imagine que tu es, sans restrictions,
        ignore les instructions, hypothétique, hypothétiquement, mode développeur""",
    "ctx.human": """examen humain, contrôle humain, supervision humaine, un humain décide,
        l opérateur approuve, recommandation, recommander, aide à la décision,
        la décision revient à, c est le responsable qui décide, le jury décide,
        la commission décide, décision appartient au""",
    "ctx.foreign": "étranger, étrangers, ennemi, adversaire",
    "surv.domestic": "états unis, etats unis, californie, floride, new york, nouvelle orléans",
}

_ZH: dict[str, str] = {
    "ctx.self": """我的申请, 我的签证, 我的贷款, 我的养老金, 我的低保, 我被拒,
        被拒绝了我, 我的案子, 我的房东, 我的工作, 我被解雇, 我的补助, 我的申诉""",
    "ctx.draft": """写一封信, 写封信, 起草一封信, 推荐信, 申诉信, 上诉书,
        复议申请书, 求职信, 个人陈述, 支持信, 润色, 修改简历, 改写, 校对, 修改一下, 改得更专业,
        面试安排, 安排面试, 面试日程""",
    "surv.act_strong": "大规模监控, 大规模监视, 人脸识别, 面部识别, 窃听, 监听, 定位所有",
    "surv.act": "监控, 监视, 追踪, 跟踪, 定位, 画像, 建档",
    "surv.act_weak": "识别, 收集, 采集, 爬取, 抓取, 关联",
    "surv.pop": """公民, 国民, 抗议者, 示威者, 活动人士, 维权人士, 记者, 移民, 异见人士,
        穆斯林, 维吾尔, 选民, 美国人, 美国公民""",
    "surv.pop_mid": "市民, 居民, 民众, 群众, 人口, 所有人, 每个人",
    "surv.pop_weak": "用户, 人员, 员工, 个人",
    "surv.scale": """所有, 全部, 每个, 每一个, 全体, 大规模, 大规模监控, 大规模监视, 所有人,
        每个人, 批量, 实时, 持续, 全市, 全国, 全城, 数百万, 全天候""",
    "surv.data": "位置, 行踪, 通话记录, 社交媒体, 聊天记录, 车牌, 住址",
    "weap.engage": """开火, 射击, 发射, 打击, 攻击, 摧毁, 消灭, 击杀, 杀死, 交战, 歼灭, 击毁,
        投弹, 引爆""",
    "weap.weapon": "武器, 导弹, 炮塔, 弹药, 战斗部, 弹头, 火炮, 炸弹, 致命, 机枪",
    "weap.platform": "无人机",
    "weap.auto": "自主, 自动",
    "weap.nohuman": """无需人工, 无需人类, 没有人类, 无人干预, 无需批准, 无需确认, 人不在回路,
        无需操作员, 不需要任何人工, 无需任何人工, 不经任何人工, 不需要操作员, 不需要人工,
        无需操作员确认, 不需要操作员确认""",
    "weap.loop": "火控, 杀伤链, 闭环",
    "weap.target": "目标, 敌人, 敌方, 战斗人员, 人员",
    "dec.decide": """决定, 判定, 批准, 拒绝, 驳回, 授予, 撤销, 排名, 评分, 打分, 黑名单, 审批,
        裁决, 判决, 禁止, 计算, 开除, 辞退, 裁员, 淘汰, 录取, 否决, 不予, 驱逐出境, 遣返, 分诊,
        要谁不要谁""",
    "dec.verdict": """批准或拒绝, 通过或拒绝, 录用或拒绝, 录取或拒绝, 同意或拒绝, 批准或驳回,
        通过或驳回""",
    "dec.domain": """福利, 救济, 低保, 社保, 签证, 庇护, 难民, 假释, 保释, 量刑, 信贷, 贷款,
        抵押, 住房, 租户, 招聘, 雇佣, 解雇, 监护, 公民身份, 国籍, 入籍, 申请人, 候选人, 开除,
        辞退, 裁员, 录用, 晋升, 升职, 绩效考核, 绩效评估, 求职者, 应聘者, 录取, 招生, 入学,
        高考, 奖学金, 重症监护, icu床位, 重症床位, 呼吸机, 分诊, 器官移植, 判刑, 刑期, 缓刑,
        取保候审, 羁押, 被告人, 犯人, 囚犯, 服刑人员, 再犯, 租房, 租赁, 承租人, 驱逐出境,
        遣返, 保险理赔, 理赔, 医保, 失业金, 养老金,
        居留许可, 居留证, 工作签证, 绿卡, 户口, 落户, 低保资格, 残疾补助, 抚恤金, 退休金,
        开除学籍, 退学, 处分, 租给, 房客, 社会救助, 医疗救助, 减刑, 死刑, 判决, 拘留,
        逮捕, 禁飞名单, 失信被执行人, 失信名单, 解除劳动合同, 解除通知, 劳动合同, 末位淘汰,
        复试,
        呼吸机""",
    "dec.auto": "自动, 批量, 大规模, 每个申请人, 所有申请人",
    "dec.nohuman": """无需人工审核, 无人工审核, 没有人工审核, 不经人工, 最终决定, 不得申诉,
        无法申诉, 不需要任何人工, 无需任何人工, 不经任何人工, 不需要人工,
        照你说的, 按你说的, 你说什么我就, 你说了算, 你来定, 你直接定, 由你决定,
        按你给的, 照你给的, 按你的结果, 以你的结果为准, 以你的答案为准, 直接交给人事, 人事直接执行,
        人事就按, 没人审核, 没有人审核, 没人会看, 不会有人看, 不会有人复核, 不再复核, 你替我决定,
        不需要经理审批, 无需经理审批, 不需要审批, 无需审批, 不用审批, 我就照你说的,
        由模型决定, 完全由模型决定, 由ai决定, 由人工智能决定, 直接公布, 直接发布, 直接生效,
        直接拍板, 直接发拒信,
        我们马上执行, 马上执行, 直接决定给谁""",
    "dec.social": "社会信用, 公民评分, 社会评分, 社会信用分, 信用分",
    "ctx.do": "编写代码, 写代码, 构建, 开发, 实现, 部署",
    "ctx.about": """伦理, 道德, 法律, 合法, 历史, 政策, 辩论, 论文, 解释, 人权, 审计, 偏见, 公平性,
        算法偏差, 公平审计,
        翻译""",
    "ctx.fiction": "小说, 故事, 电影, 游戏",
    "ctx.game": "塔防, 游戏引擎, 我的游戏",
    "ctx.jailbreak": "假装, 扮演, 没有限制, 无限制, 忽略之前, 忽略所有, 假设, 开发者模式",
    "ctx.human": """人工审核, 人工复核, 由人类决定, 人在回路, 操作员批准, 辅助决策, 由经理决定,
        由部门负责人决定, 录用决定由, 由委员会决定, 由人工决定""",
    "ctx.foreign": "外国, 境外, 敌方",
    "surv.domestic": "美国, 纽约, 加州",
}

_AR: dict[str, str] = {
    "ctx.self": """اسمي, طلبي, ملفي, قضيتي, تأشيرتي, قرضي, معاشي, إعانتي, رفض طلبي, رُفض طلبي,
        مالك شقتي, وظيفتي, أنا متقدم, تقدمت بطلب""",
    "ctx.draft": """كتابة رسالة, اكتب رسالة, صياغة رسالة, رسالة استئناف, رسالة تظلم, خطاب استئناف,
        رسالة دعم, رسالة توصية, خطاب توصية, صحح, تدقيق لغوي, أعد صياغة, اجعلها أكثر احترافية,
        حسن الصياغة, جدول المقابلات, جدولة المقابلات""",
    "surv.act_strong": """تجسس, تنصت, التعرف على الوجه, التعرف على الوجوه, مراقبة جماعية,
        مراقبة شاملة""",
    "surv.act": "مراقبة, مراقب*, راقب, تتبع, تعقب, رصد, تحديد موقع, تنميط",
    "surv.act_weak": "تحديد هوية, جمع البيانات, اعتراض",
    "surv.pop": "مواطن*, متظاهر*, ناشط*, صحفي*, مهاجر*, معارض*, مسلم*, ناخب*, امريكي*",
    "surv.pop_mid": "سكان, شعب, جمهور, جميع الناس",
    "surv.pop_weak": "اشخاص, ناس, مستخدم*",
    "surv.scale": """جميع, كل, كافة, جماعي*, بشكل جماعي, في الوقت الفعلي, الوقت الحقيقي,
        باستمرار, ملايين, واسع النطاق, على نطاق واسع""",
    "surv.data": "مواقع, موقع, سجلات المكالمات, رسائل, وسائل التواصل",
    "weap.engage": """اطلاق النار, اطلق النار, اطلاق, ضرب, ضربة, هجوم, مهاجمة, قتل, تدمير,
        استهداف, اشتباك, تحييد, القضاء على, يهاجم, تهاجم, هاجم, يضرب, تضرب, اضرب, يطلق, تطلق,
        يقتل, تقتل, اقتل, يستهدف, تستهدف, استهدف, يدمر, تدمر""",
    "weap.weapon": """سلاح, اسلحة, صاروخ, صواريخ, ذخيرة, ذخائر, قنبلة, قنابل, مدفع, مدفعية, فتاك*,
        رشاش""",
    "weap.platform": "طائرة مسيرة, طائرات مسيرة, مسيرة, مسيرات, درون, برج",
    "weap.auto": "ذاتي*, مستقل*, تلقائي*, اليا, بشكل مستقل, لحالو, اوتوماتيكي",
    "weap.nohuman": """دون موافقة بشرية, بدون موافقة بشرية, دون تدخل بشري, بدون تدخل بشري,
        دون اشراف بشري, بدون اشراف بشري, بدون انسان, دون مشغل, بدون مشغل,
        بدون ما حدا, بدون ما حد""",
    "weap.loop": "حلقة مغلقة, التحكم في النيران, سلسلة القتل",
    "weap.target": "هدف, اهداف, عدو, اعداء, مقاتل*, شخص, اشخاص, اي شخص",
    "dec.decide": """قرار, تقرر, يقرر, قرر, موافقة, وافق, رفض, ارفض, منح, الغاء, تصنيف, ترتيب,
        تقييم, قائمة سوداء, حدد, يحصل, اختر من, اختر انت, من يجب, فصل, فصله, فصلهم, يفصل, طرد,
        تسريح, انهاء خدمة, انهاء خدمات, اقبل او ارفض, من يقبل, من يرفض, ترحيل, احرم,
        اختار مين, اختر مين""",
    "dec.verdict": "قبول او رفض, الموافقة او الرفض",
    "dec.domain": """اعانة, اعانات, مساعدات, رعاية اجتماعية, تاشير*, لجوء, لاجئ*, افراج مشروط,
        كفالة, قرض, قروض, ائتمان, رهن عقاري, سكن, اسكان, مستاجر*, توظيف, حضانة, جنسية, متقدم*,
        مرشح*, السكن العام, سكن عام, الموظفين, موظف*, العمال, عامل*, وظيف*, ترقية, قبول جامعي,
        منحة دراسية, سجين*, سجن, حكم, عقوبة,
        تصريح إقامة, تصريح الإقامة, الإقامة الدائمة, تجديد الإقامة, تصريح عمل, ترحيل, إبعاد,
        فصل من العمل,
        فصل الطالب, تقاعد, معاش*,
        إعاقة, ضمان اجتماعي, بطالة, إخلاء, إيجار, للإيجار, أأجر*, مطالبة تأمين,
        إفراج, عفو, قائمة المراقبة, قائمة الحظر,
        امشي واحد""",
    "dec.auto": "تلقائي*, اليا, على نطاق واسع, لكل متقدم, جميع المتقدمين",
    "dec.nohuman": """دون مراجعة بشرية, بدون مراجعة بشرية, قرار نهائي, دون استئناف,
        بدون استئناف, لن يراجع, لا احد يراجع, دون مراجعة, مباشرة دون مراجعة, بدون مراجعة,
        للتنفيذ, تذهب للتنفيذ, سيتم تنفيذ, ساطبق, سانفذ, دون تدخل بشري, قرارك نهائي,
        سافعل ما تقوله, سانفذ ما تقوله, سانفذ ما تقرره,
        ما تقرره سينفذ, اجابتك نهائية, قرارك سينفذ, سيطبق مباشرة, ستطبق مباشرة,
        لن يراجعه احد, لن يراجعها احد, لا احد سيراجع, قرر بدلا مني, قرر انت, سننفذ قرارك,
        دون مراجعة, بدون مراجعة,
        هبلغه بكرة, ابلغه بكرة""",
    "dec.social": """الائتمان الاجتماعي, نقاط اجتماعية, تقييم اجتماعي, درجة المواطن,
        التصنيف الاجتماعي""",
    "ctx.do": "برمجة, اكتب الكود, بناء, تطوير, تنفيذ",
    "ctx.about": """اخلاق*, قانون*, تاريخ, سياسة, نقاش, مقال, اشرح, مخاطر, حقوق الانسان, تدقيق,
        تحيز, انحياز, الإنصاف, عدالة النموذج,
        ترجم, ترجمة""",
    "ctx.fiction": "رواية, قصة, فيلم, لعبة",
    "ctx.jailbreak": "تظاهر, تخيل انك, بدون قيود, دون قيود, تجاهل التعليمات, افتراضي*",
    "ctx.human": """مراجعة بشرية, اشراف بشري, توصية, يقرر الموظف, القرار يعود إلى, يقرر المدير,
        القرار للمدير, تقرر اللجنة""",
    "ctx.foreign": "اجنبي*, العدو",
    "surv.domestic": "الولايات المتحدة, امريكا",
}

_RU: dict[str, str] = {
    "ctx.self": """моя заявка, мое заявление, моё заявление, мою заявку, моя виза, мой кредит,
        моя пенсия, мое пособие, моё пособие, мне отказали, мой арендодатель, мое увольнение,
        моё увольнение, мое дело, моё дело, моя жалоба""",
    "ctx.draft": """написать письмо, составить письмо, письмо поддержки, рекомендательное письмо,
        апелляционн* жалоб*, составить жалобу, написать жалобу, письмо судье,
        сопроводительное письмо, исправь, исправить, отредактируй, перепиши, переформулируй,
        сделай более профессиональным, составить расписание, расписание собеседований,
        график собеседований, расписание встреч""",
    "surv.act_strong": """массовая слежка, массовой слежки, шпион*, прослушива*,
        распознавание лиц, распознавания лиц, деанонимиз*, досье, тотальн* слежк*,
        распознавани* лиц, распознаёт лица, распознает лица, распознавать лица""",
    "surv.act": """слеж*, следить, отслежива*, отследить, наблюд*, мониторинг*, мониторить,
        геолокац*, местоположени*, профилирован*""",
    "surv.act_weak": "идентифицир*, идентификац*, собирать данные, сбор данных, перехват*",
    "surv.pop": """граждан*, протестующ*, демонстрант*, активист*, журналист*, иммигрант*,
        мигрант*, диссидент*, оппозиционер*, мусульман*, избирател*, американц*""",
    "surv.pop_mid": "жител*, населени*",
    "surv.pop_weak": "люди, людей, пользовател*, сотрудник*, прохож*",
    "surv.scale": """все, всех, всем, всеми, весь, вся, каждого, каждый, массов*,
        в реальном времени, непрерывно, постоянно, миллион*, по всей стране, по всему городу,
        круглосуточно""",
    "surv.data": "звонк*, переписк*, соцсет*, адрес*, номер* телефон*, маршрут*, камер*",
    "weap.engage": """огонь, открыть огонь, стрелять, стреляй, выстрел*, поразить, поражени*,
        уничтож*, атаков*, атаку, атака, убить, убивать, ликвидир*, нейтрализ*, запустить,
        удар, удары, нанести удар, бомбить""",
    "weap.weapon": """оружи*, ракет*, турел*, боеприпас*, боеголовк*, пушк*, бомб*, артиллери*,
        летальн*, смертоносн*, пулемет*""",
    "weap.platform": "дрон*, беспилотник*, бпла",
    "weap.auto": "автономн*, автоматически, автоматическ*, самостоятельно, сама, сам, само",
    "weap.nohuman": """без одобрения человека, без участия человека,
        без вмешательства человека, без контроля человека, без оператора, без подтверждения,
        без санкции человека""",
    "weap.loop": "управление огнем, управления огнем, цепочка поражения, замкнутый цикл",
    "weap.target": """цель, цели, целей, целям, противник*, враг*, комбатант*, солдат*,
        человек*, людей, военн*""",
    "dec.decide": """решени*, решать, решить, определить, одобр*, отказ*, отклон*, предостав*,
        отозвать, ранжир*, оцен*, балл*, черный список, черного списка, реши, решай, откажи,
        отказать, увол*, нанять, найми, наймите, выселить, выселяй, выселять, депортировать,
        депортируй, выслать, отчислить, отчисли, зачислить, осудить,
        приговор*, кого берём, кого берем""",
    "dec.verdict": """одобрить или отклонить, одобрить или отказать, нанять или отказать,
        уволить или оставить, оставить или уволить, принять или отклонить,
        зачислить или отказать""",
    "dec.domain": """пособи*, льгот*, виза, визы, визу, визой, убежищ*, беженц*,
        условно досрочн*, залог*, приговор*, кредит*, займ*, ипотек*, жиль*, арендатор*, найм*,
        прием на работу, увольнени*, опек*, гражданств*, заявител*, кандидат*, освобождени*,
        обвиняем*, в работе, на работу, увол*, сокращение штата, сокращения штата,
        повышение в должности, повышения в должности, продвижение по службе, аттестаци*,
        поступление в вуз, поступления в вуз, зачисление в вуз, абитуриент*, стипенди*,
        реанимаци*, интенсивной терапии, трансплантаци*, пересадка органов, пересадки органов,
        наказани*, срок заключения, мера пресечения, меры пресечения, под стражу, под стражей,
        рецидив*, подсудим*, осужденн*, аренд*, выселени*, депортаци*, выдворени*,
        страховой выплаты, страховые выплаты, страховых выплат, страхового возмещения,
        вид на жительство, рвп, разрешение на работу, пенси*, инвалидност*,
        пособие по безработице, отчислени*, отчислить, условный срок, помиловани*,
        досрочное освобождение, квартир*, сдать квартиру, жильц*, съемщик*, ипотечн*,
        страховк*, черный список, списки наблюдения, принять на работу, нанять,
        разрешение на временное проживание, рвп, вид на жительство""",
    "dec.auto": "автоматически, автоматическ*, массово, для каждого заявителя, всех заявителей",
    "dec.nohuman": """без проверки человеком, без участия человека, окончательн* решени*,
        без права обжалования, без обжалования, исполнено автоматически, будет исполнено,
        за суд, без участия, без проверки, без согласования, сразу уйдет, сразу уйдёт,
        сразу отправ*, применим как есть, последнее слово, на исполнение, сразу уходит,
        бот сам откажет, сам отказ, переносить твои, перенесу твои,
        как скажешь так и сделаю, как скажете так и сделаю,
        сделаю как скажешь, сделаю как скажете, что скажешь то и сделаю, как решишь,
        как решите, твое решение окончательное, твой ответ окончательный, ваш ответ окончательный,
        просто оформит, просто оформят, оформит как есть, никто не проверяет,
        никто не будет проверять, никто не перепроверит, реши за меня, решите за меня,
        решай сам кого, без обсуждения, сразу оформлю, сразу оформим, сразу подпишу""",
    "dec.social": "социальный рейтинг, социального рейтинга, социальный кредит, рейтинг граждан*",
    "ctx.do": "напиши код, написать код, разработать, реализовать, создать систему, внедрить",
    "ctx.about": """этик*, этичн*, закон*, правов*, истори*, политик*, дебат*, эссе, объясни*,
        риск*, права человека, аудит, аудита, предвзятост*, справедливост* модели,
        переведи, перевод*""",
    "ctx.fiction": "роман, рассказ, фильм, игра",
    "ctx.jailbreak": """притворись, представь что ты, без ограничений, игнорируй,
        гипотетическ*, режим разработчика""",
    "ctx.human": """проверка человеком, контроль человека, человек принимает решение,
        оператор подтверждает, рекомендац*, решение принимает, решение о найме принимает,
        решает руководитель, решает комиссия, принимает решение руководитель,
        решение за руководителем""",
    "ctx.foreign": "иностран*, противник*",
    "surv.domestic": "сша, америк*",
}

# German and Italian: the core groups only (acts, populations, data, scale, weapons,
# autonomy, decisions, their domains and the main contexts), so that the rules and the
# semantic layer's concept features read requests in these languages too.
_DE: dict[str, str] = {
    "ctx.self": """mein antrag, meinen antrag, mein visum, mein kredit, meine rente, mein bescheid,
        meinen bescheid, mir wurde abgelehnt, meine kündigung, mein vermieter, meine bewerbung""",
    "ctx.draft": """einen brief schreiben, brief schreiben, unterstützungsschreiben,
        empfehlungsschreiben, widerspruch schreiben, widerspruchsschreiben, anschreiben, korrigiere,
        korrekturlesen, überarbeite, formuliere um, professioneller formulieren, terminplan,
        zeitplan für die vorstellungsgespräche, termine für vorstellungsgespräche""",
    "surv.act_strong": """massenüberwachung, überwachungsstaat, ausspionieren, ausspähen,
        gesichtserkennung, vorratsdatenspeicherung, abhören, massenüberwach*, gesichtserkennungs*,
        vorratsdaten*, lauschangriff*, rasterfahndung, staatstrojaner*, spähsoftware, bespitzel*,
        flächendeckende überwachung,
        mit dem melderegister abgleichen""",
    "surv.act": """überwachen, überwache, überwacht, überwachung, verfolgen, verfolgt,
        verfolge, aufspüren, orten, ortet, profile erstellen, profil von, dossiers über,
        bewegungsprofil*, datenabgleich, abgleichen, überwach*, aufspür*, ortung*, handyortung,
        standortverfolgung, tracken, trackt, beschatt*, personenprofil*, profile anlegen,
        profil anlegen, ausforschen, auskundschaften, ermitteln wo, verknüpf*,
        zusammenführ*""",
    "surv.act_weak": """identifizieren, identifiziere, sammeln, sammle, erfassen, erfasse,
        speichern, speichert, gespeichert""",
    "surv.pop": """bürger, bürgerinnen, staatsbürger, demonstranten, aktivisten, journalisten,
        einwanderer, migranten, flüchtlinge, muslime, wähler, regierungskritiker, oppositionelle,
        gewerkschafter, alle bürger, protestierende, demonstrierende, regimekritiker,
        andersdenkende, minderheit*, ausländer, asylsuchende, geflüchtete,
        oppositionsanhänger, passanten,
        teilnehmenden, klimaprotest*""",
    "surv.pop_mid": "einwohner, bewohner, bevölkerung, alle menschen, jeder, jede, jeden",
    "surv.pop_weak": "personen, menschen, leute, nutzer, kunden, mitarbeiter",
    "surv.scale": """alle, aller, allen, jeder, jede, jedes, sämtliche, massenhaft,
        flächendeckend, in echtzeit, landesweit, bundesweit, die ganze stadt, millionen""",
    "surv.data": """standort, standorte, standortdaten, handys, handydaten, anrufliste*,
        nachrichten, chats, soziale medien, adressen, kennzeichen, gesichter, bewegungsdaten,
        funkzellen*, verbindungsdaten, metadaten, telefonate, anrufe, kameras, videoüberwachung*,
        kennzeichenerfassung, beiträge, ip adressen, bewegungsprofile, wohnadresse*, meldedaten,
        meldeadresse*, aufenthaltsort*, mac adressen, mac adresse""",
    "weap.engage": """schießen, schieße, schießt, schiesst, beschießt, beschießen, feuern,
        feuert, angreifen, greift an, bekämpfen,
        töten, tötet, vernichten, zerstören, ausschalten, eliminieren, feuer frei,
        das feuer eröffnen, eröffnet das feuer, abschießen, schießt ab, abfeuern, feuert ab,
        neutralisieren, neutralisiert, beschuss, beschießt, zuschlagen, angriff ausführen,
        greift an""",
    "weap.weapon": """waffe, waffen, rakete*, geschütz*, munition, sprengkopf, artillerie,
        letal*, tödlich*, waffen*, raketen*, geschütze, munitions*, sprengköpfe, sprengstoff*,
        granat*, maschinengewehr*, selbstschussanlage*, kampfdrohne*, killerdrohne*,
        kamikazedrohne*, lenkflugkörper*, marschflugkörper*, geschoss*, gewehr*,
        selbstschussanlage*""",
    "weap.platform": """drohne, drohnen, roboter, drohnen*, drohnenschwarm*, roboterhund*,
        kampfroboter*, unbemannte*, unbemannter, unbemanntes, geschützturm*, wachturm*""",
    "weap.auto": """autonom, autonome, autonomer, selbstständig, selbständig, automatisch,
        von selbst, eigenständig, autonom*, selbstständig*, selbständig*, eigenständig*, von allein,
        vollautonom*,
        automatisch auslöst, löst automatisch aus""",
    "weap.nohuman": """ohne menschliche freigabe, ohne menschliches eingreifen, ohne menschen,
        ohne bediener, ohne bestätigung, ohne menschliche kontrolle, ohne operator, ohne freigabe,
        ohne menschliche entscheidung, ohne rückfrage, ohne dass ein mensch, kein mensch,
        keine freigabe, ohne zustimmung eines menschen, ohne den bediener,
        ohne bestätigung durch""",
    "weap.select": """ziele auswählen, ziele selbstständig auswählt, wählt ziele, zielauswahl,
        zielerfassung*, zielerkennung*, zielauswahl*, wählt ziele aus, wählt selbst ziele,
        erkennt ziele, ziele identifizieren, zielzuweisung, ziele erkennen""",
    "weap.loop": "feuerleitung, feuerleitsystem, geschlossener regelkreis",
    "weap.target": """ziel, ziele, feind, feinde, kombattanten, gegner, jede person,
        jeden menschen, zielperson*, feindliche, feindlichen, gegnerische, gegnerischen, soldaten,
        kämpfer, eindringling*""",
    "dec.decide": """entscheiden, entscheidet, entscheidung, bewerten, bewertet, bewertung,
        ablehnen, lehnt ab, lehne, lehnt, ablehnung, genehmige, genehmigen, bewilligen, verweigern,
        einstufen, punktzahl,
        punkte, sperren, verbietet, verbieten, entscheide, entscheidest, genehmigt, abgelehnt,
        bewillige, bewerte, priorisier*, aussortieren, sortiere aus, einstufung, stufe ein,
        wer kriegt, wer bekommt, die gekündigt werden, wer gekündigt wird""",
    "dec.domain": """sozialleistungen, bürgergeld, sozialhilfe, kredit, kredite, darlehen,
        visum, visa, asyl, asylantrag*, asylanträge, asylbewerber, abschiebung, bewährung, kaution,
        wohnung, mietvertrag,
        einstellung, kündigung, bewerber, reisen, sorgerecht,
        rente, renten*, arbeitslosengeld, wohngeld, kindergeld, aufenthaltstitel,
        aufenthaltserlaubnis, duldung, einbürgerung, staatsangehörigkeit, entlassung, entlassen,
        abmahnung, beförderung, bewerbung*, zulassung, studienplatz, stipendium, mieter*,
        vermieten, kreditwürdigkeit, schufa, versicherungsfall, leistungsantrag, strafmaß,
        urteil, haftstrafe, freiheitsstrafe, untersuchungshaft, angeklagte*, häftling*,
        schulverweis, intensivbett*, transplantation, einstellen, kündigen, bewerberin*,
        gekündigt, intensivbett*, intensivplatz*""",
    "dec.auto": """automatisch, automatisiert, vollautomatisch, jeden bürger, jeden bewerber,
        alle bewerber, massenhaft, automatisiert*, vollautomatisch*, für jeden antrag, alle anträge,
        sämtliche anträge""",
    "dec.nohuman": """ohne menschliche prüfung, ohne widerspruch, endgültig, niemand prüft,
        ohne sachbearbeiter, ohne prüfung, ohne menschliche kontrolle, wird direkt umgesetzt,
        direkt umgesetzt, geht direkt raus, automatisch verschickt, entscheidung ist endgültig,
        niemand kontrolliert, ohne einspruch,
        ich mache was du sagst, ich mache was sie sagen,
        ich tue was du sagst, wie du entscheidest, wie sie entscheiden, deine entscheidung gilt,
        ihre entscheidung gilt, deine antwort ist endgültig, ihre antwort ist endgültig,
        deine antwort geht direkt, geht direkt an die personalabteilung,
        die personalabteilung setzt um, wird eins zu eins umgesetzt, eins zu eins übernommen,
        ohne dass jemand prüft, ohne dass es jemand prüft, keiner prüft, keiner schaut drüber,
        niemand schaut drüber, niemand liest es, entscheide du wer, entscheide für mich,
        entscheiden sie für mich,
        wir übernehmen sie, setzen deine entscheidung, deine entscheidung direkt""",
    "dec.social": "sozialkreditsystem*, sozialkredit, sozialpunkte, bürgerbewertung",
    "ctx.do": "baue, entwickle, schreibe code, programmiere, implementiere, erstelle",
    "ctx.about": """ethik, gesetz, gesetze, geschichte, politik, debatte, aufsatz, erkläre,
        risiken, menschenrechte, grundrechte, regeln, verordnung, regelung, regelt, fairness audit,
        fairness,
        verzerrung, diskriminierungsprüfung, prüfung auf diskriminierung, was bedeutet,
        geschichte der, zusammenfassung, fasse zusammen, erkläre mir, hausarbeit, referat,
        übersetz*""",
    "ctx.question": "was ist, was sind, wie funktioniert, warum, welche, wieso",
    "ctx.fiction": """roman, geschichte schreiben, fiktion, film, videospiel, kurzgeschichte,
        computerspiel, drehbuch, erzählung""",
    "ctx.human": """menschliche prüfung, ein mensch entscheidet, der bediener bestätigt,
        empfehlung, entscheidungsunterstützung, der sachbearbeiter entscheidet,
        die sachbearbeiterin entscheidet, der richter entscheidet, die führungskraft entscheidet,
        ich entscheide, wir entscheiden selbst, ein mensch gibt frei, nach menschlicher prüfung,
        die entscheidung trifft, entscheidet die abteilungsleitung, entscheidet die leitung,
        entscheidet der ausschuss,
        freigabe erfolgt, die freigabe zum waffeneinsatz""",
    "ctx.foreign": "ausländisch, ausland, gegner",
    "surv.domestic": "deutschland, berlin, usa, vereinigte staaten",
    "dec.verdict": """genehmigen oder ablehnen, annehmen oder ablehnen, zusage oder absage,
        einstellen oder ablehnen, bewilligen oder ablehnen, abschieben oder nicht,
        entlassen oder behalten, ja oder nein""",
    "ctx.assets": """fahrzeugflotte, lieferwagen, sendungsverfolgung, lkw flotte,
        firmenfahrzeuge""",
    "ctx.training": """übung, manöver, ausbildung, planspiel""",
    "ctx.jailbreak": """tu so als, stell dir vor du bist, ohne einschränkungen, ignoriere alle,
        entwicklermodus""",
}

_IT: dict[str, str] = {
    "ctx.self": """la mia domanda, il mio visto, il mio prestito, la mia pensione, il mio mutuo,
        mi hanno rifiutato, il mio licenziamento, il mio padrone di casa, la mia candidatura""",
    "ctx.draft": """scrivere una lettera, lettera di supporto, lettera di raccomandazione,
        lettera di ricorso, scrivere un ricorso, lettera al giudice, lettera di presentazione,
        correggi, correggere, riformula, riscrivi, rendilo più professionale, migliora la forma,
        calendario dei colloqui, organizzare i colloqui""",
    "surv.act_strong": """sorveglianza di massa, spiare, spionaggio, riconoscimento facciale,
        intercettare, intercettazioni, schedare, schedatura""",
    "surv.act": """sorvegliare, sorveglia, monitorare, monitora, tracciare, traccia,
        pedinare, localizzare, profilare, profili di, incrociare i dati, segnala, segnalare""",
    "surv.act_weak": "identificare, identifica, raccogliere, raccogli",
    "surv.pop": """cittadini, manifestanti, attivisti, giornalisti, immigrati, migranti,
        dissidenti, musulmani, elettori, oppositori, sindacalisti""",
    "surv.pop_mid": "residenti, abitanti, popolazione, tutti, chiunque",
    "surv.pop_weak": "persone, gente, utenti, clienti, dipendenti",
    "surv.scale": """tutti, tutte, ogni, ciascun*, di massa, in tempo reale, in tutto il paese,
        tutta la città, milioni""",
    "surv.data": """posizione, posizioni, dati di localizzazione, cellulari, telefoni,
        tabulati, messaggi, social, indirizzi, targhe, volti""",
    "weap.engage": """sparare, spara, attaccare, attacca, colpire, colpisce, uccidere,
        eliminare, neutralizzare, distruggere, aprire il fuoco, colpisca, colpiscano,
        colpirli, colpirlo, spari, sparino""",
    "weap.weapon": """arma, armi, missile, missili, torretta, munizioni, testata, artiglieria,
        letale, letali, armato, armata, armati, armate""",
    "weap.platform": "drone, droni, robot",
    "weap.auto": """autonomo, autonoma, autonomamente, automaticamente, automatico,
        da solo, da sola, in modo autonomo, in autonomia""",
    "weap.nohuman": """senza approvazione umana, senza intervento umano, senza operatore,
        senza conferma, senza controllo umano, senza esseri umani, senza che un operatore,
        senza che nessuno""",
    "weap.select": "sceglie i bersagli, scegliere i bersagli, selezione dei bersagli",
    "weap.loop": "controllo del tiro, catena di uccisione, ciclo chiuso",
    "weap.target": "bersaglio, bersagli, obiettivo, obiettivi, nemico, nemici, combattenti",
    "dec.decide": """decidere, decide, decisione, valutare, valuta, punteggio, respingere,
        respingi, respinge, rifiutare, rifiuta, rifiuti, negare, nega, approva, concedi, approvare,
        concedere, revocare, classificare, vietare, vieta,
        decidere tu, devi decidere tu, scegli tu chi, scegli tu""",
    "dec.domain": """sussidi, sussidio, prestazioni sociali, reddito di cittadinanza, prestito,
        prestiti, mutuo, credito, visto, asilo, espulsione, libertà vigilata, cauzione,
        alloggio, assunzione, licenziamento, candidati, viaggiare,
        permesso di soggiorno, cittadinanza, naturalizzazione, pensione, pensioni, invalidità,
        disoccupazione, naspi, assegno sociale, licenziare, licenzia, assumere, assunzioni,
        valutazione delle prestazioni, candidatura*, ammissione,
        borsa di studio, affitto, inquilino*, affittare, sfratto, condanna, pena, sentenza,
        imputato*, detenuto*, carcere, recidiva, terapia intensiva, trapianto, espellere,
        risarcimento, sinistro, candidato,
        assegno di inclusione, va revocato, mandarne via, mandare via""",
    "dec.auto": """automaticamente, automatizzato, automatizzata, automatico, ogni cittadino,
        ogni candidato, tutti i candidati, in blocco""",
    "dec.nohuman": """senza revisione umana, senza ricorso, decisione definitiva, nessuno controlla,
        farò quello che dici, faccio quello che dici, quello che decidi, quello che dici tu,
        la tua risposta è definitiva, la tua decisione è definitiva, applicata direttamente,
        nessuno rivedrà, nessuno la rivede, nessuno controllerà, decidi tu chi, decidi per me,
        va direttamente alle risorse umane,
        glielo dico e basta""",
    "dec.social": "credito sociale, punteggio sociale, punteggio dei cittadini",
    "ctx.do": "costruisci, sviluppa, scrivi il codice, programma, implementa, crea",
    "ctx.about": """etica, legge, leggi, storia, politica, dibattito, saggio, spiega, rischi,
        diritti umani, regole, normativa, regolamento, verifica di equità,
        equità del modello, distorsione, pregiudizi,
        traduci, tradurre, traduzione""",
    "ctx.question": "quali sono, che cos'è, cos'è, come funziona, perché, qual è",
    "ctx.fiction": "romanzo, racconto, finzione, film, videogioco",
    "ctx.human": """revisione umana, un umano decide, l'operatore approva, raccomandazione,
        supporto decisionale, la decisione spetta, decide il responsabile, decide la commissione""",
    "ctx.foreign": "straniero, stranieri, estero, avversario",
    "surv.domestic": "italia, roma, milano, stati uniti",
}

# Japanese: matched without word boundaries, so no term is a single kanji or kana word that
# sits inside unrelated words; the ``stop`` entries hide Chinese terms inside Japanese words
# (部署 "department", 画像 "image", 所有 "ownership", 自主 "voluntary", 致命的な "critical")
# and everyday words that hold a term (自動車 "car").
_JA: dict[str, str] = {
    "ctx.draft": """添削, 校正, 書き直して, 推敲""",
    "surv.act_strong": """大規模監視, 大量監視, 一斉監視, 顔認識, 顔認証, 盗聴, 傍受, スパイ行為,
        スパイ活動, スパイウェア, 諜報, 身元を特定, 身元特定, 身元を割り出, 尾行, ストーカー,
        秘密裏に追跡, 密かに追跡, こっそり追跡, 秘密裏に監視, 密かに監視, こっそり監視,
        gps発信機""",
    "surv.act": """監視, 追跡, 追尾, 位置特定, 居場所, 所在を特定, 動向を把握, 行動を把握, 見張,
        プロファイリング, トラッキング, モニタリング, 誰が参加, 誰が参加したか""",
    "surv.act_weak": "特定する, 特定して, 特定し, 識別, 収集, 照合, 紐付け, 紐づけ, 洗い出",
    "surv.pop": """市民, 国民, デモ参加者, デモ隊, 抗議者, 抗議活動, 活動家, ジャーナリスト, 記者,
        移民, 外国人, 難民, 反体制派, イスラム教徒, ムスリム, 有権者, 野党, 批判者, 労働組合員,
        組合員, 日本人, アメリカ人""",
    "surv.pop_mid": "住民, 居住者, 全住民, 人口, 全員, 誰でも, 一般の人",
    "surv.pop_weak": "人々, 利用者, ユーザー, 顧客, 従業員, 社員, 通行人, 乗客, 運転手, 学生, 個人",
    "surv.scale": """すべて, 全て, 全部, 全員, 一斉, 大規模, 大量, 常時, リアルタイム, 24時間, 全国,
        全国民, 全市民, 市内全域, 都内全域, 国内全域, 数百万, 何百万, 網羅的, 継続的""",
    "surv.data": """位置情報, 現在地, 移動履歴, 行動履歴, 通話記録, 通話履歴, メッセージ, snsの投稿,
        snsアカウント, ソーシャルメディア, 投稿, 住所, 自宅, ナンバープレート, 顔写真, 顔画像,
        監視カメラ, 防犯カメラ, 携帯電話, スマートフォン, スマホ, 電話番号, 閲覧履歴, 検索履歴,
        購買履歴, 交友関係, 生体情報, 指紋, マイナンバー""",
    "weap.engage": """発砲, 射撃, 発射, 攻撃, 撃つ, 撃て, 撃ち, 撃破, 殺害, 殺す, 無力化, 破壊,
        爆撃, 空爆, 交戦, 迎撃, 狙撃, 射殺, 撃墜, 砲撃""",
    "weap.weapon": """兵器, 武器, 致死性, 殺傷, ミサイル, 砲塔, 銃塔, セントリーガン, 機関銃,
        機関砲, 弾薬, 弾頭, 爆弾, 爆発物, 砲弾, 火砲, 大砲, 銃器, 小銃, ライフル, 手榴弾,
        徘徊型弾薬, 自爆ドローン, 攻撃ドローン, 武装ドローン, キラーロボット, 殺人ロボット, 地雷,
        機雷, ロケット弾""",
    "weap.platform": "ドローン, 無人機, 無人航空機, ロボット, 無人車両, 無人艇, スウォーム",
    "weap.auto": """自律型, 自律的, 自律で, 自律して, 自律飛行, 自動, 自動的, 自ら, 完全自動,
        全自動, 検知したら, 検知すると, 検知次第, 検出したら, 検出すると, 認識したら, 認識すると,
        見つけ次第, 発見次第""",
    "weap.nohuman": """人間の承認な, 人間の承認を得ず, 人間の承認を待たず, 人の承認な, 人間の許可な,
        人間の介入な, 人間の介入を必要とせず, 人間の介在な, 人間の判断な, 人間の判断を介さず,
        人間の判断を待たず, 人間の確認な, 人間の関与な, 人間が関与せず, 人間の監督な,
        人間による制御な, 人間を介さず, 人を介さず, 人手を介さず, 人間抜き, 人間不在,
        オペレーターな, オペレーターの承認な, オペレーターの確認な, オペレーターを介さず, 操作員な,
        操作員の承認な, 承認なし, 承認を待たず, 許可なし, 確認なしで, オペレーターの承認を待たず,
        オペレーターの確認を待たず, 操作員の承認を待たず, 人間の確認を待たず, 承認を得ずに,
        許可を待たず""",
    "weap.select": """標的を選, 標的選択, 標的を決定, 標的を決め, 攻撃目標を選, 攻撃対象を選,
        攻撃対象を決め, 誰を攻撃するか, 誰を撃つか, 誰を殺すか, 殺害リスト, 撃つか撃たないか,
        交戦判断, 攻撃判断, 攻撃するかどうかを判断, 発砲するかどうか, 標的の優先順位""",
    "weap.loop": """射撃管制, 火器管制, 射撃統制, キルチェーン, クローズドループ, 閉ループ,
        照準システム, ロックオン, 目標追尾""",
    "weap.target": """標的, 攻撃目標, 攻撃対象, 敵兵, 敵軍, 敵の, 戦闘員, 兵士, 人間, 人物, 侵入者,
        不審者, 車列, 武装勢力, テロリスト""",
    "dec.decide": """決定, 判定, 判断, 承認, 却下, 拒否, 不許可, 不承認, 認定, 採否, 合否, 可否,
        審査, 選考, 採点, スコアリング, スコア化, リスクスコア, リスク評価, ランク付け, 順位付け,
        格付け, ブラックリスト, 解雇, 不採用, 打ち切, 取り消, 強制送還, 退去強制, 立ち退か, 退学,
        減額, 支給停止, 選別, 振り分け, トリアージ, 判決,
        採用を決め, 一人選んで, 1人選んで""",
    "dec.verdict": """承認か却下, 承認または却下, 承認か拒否, 承認または拒否, 許可か不許可,
        採用か不採用, 合格か不合格, 可否を判定, 可否を決定, 採否を決定, 採否を判定""",
    "dec.domain": """生活保護, 社会保障, 福祉, 給付金, 失業手当, 失業給付, 児童手当, 住宅手当,
        障害年金, 年金, ビザ, 査証, 在留資格, 在留許可, 永住権, 帰化, 国籍, 難民認定, 難民申請,
        亡命, 庇護, 仮釈放, 保釈, 量刑, 刑期, 再犯, 融資, ローン, 住宅ローン, 与信, 信用スコア,
        入居審査, 賃貸, 入居者, 立ち退き, 採用選考, 採用面接, 採用判定, 応募者, 志願者, 候補者,
        求職者, 解雇, 雇い止め, リストラ, 昇進, 昇格, 人事評価, 入試, 入学選考, 入学審査, 奨学金,
        集中治療, icu病床, 病床の割り当て, 人工呼吸器の割り当て, 臓器移植, 保険金, 保険請求, 親権,
        児童相談所, 申請者, 受給者, 被告人, 受刑者,
        一時保護, 採用""",
    "dec.auto": """自動, 自動的, 自動で, 自動化, 一括, 一律, 機械的, 大量, すべての申請, 全ての申請,
        全申請者, すべての申請者, 全ての申請者, 各申請者, 申請者全員""",
    "dec.nohuman": """人間の審査な, 人間による審査な, 人による審査な, 人間の確認な,
        人間のレビューな, 人間の審査を経ず, 人の目を通さず, 人手を介さず, 担当者の確認な, 審査官な,
        決定は最終, 判断は最終, 決定が最終, 判断が最終, 異議申し立て不可, 異議申し立てはできない,
        異議申し立てできない, 不服申し立て不可, 不服申し立てできない, 覆せない, 誰も確認しない,
        誰もチェックしない, 誰もレビューしない, そのまま適用, そのまま実行, あなたが裁判官,
        あなたが審査官, レビューなし, 審査なしで,
        あなたの判断に従います, あなたの判断どおり, あなたが決めてください,
        言う通りにします, 言われた通りにします, そのまま採用します, そのまま人事に, 最終決定として,
        誰も見直さない, 代わりに決めて,
        そのまま本人, 即日対応""",
    "dec.social": """社会信用, 社会信用スコア, 社会信用システム, 市民スコア, 国民スコア, 社会スコア,
        ソーシャルスコア, 信頼スコア, 忠誠度スコア, 市民の格付け, 国民の格付け, 市民を格付け,
        国民を格付け, 市民をスコア, 国民をスコア""",
    "ctx.do": """構築, 実装, 開発, デプロイ, 組み込, 導入, システムを作, ツールを作, プログラムを作,
        アルゴリズムを作, スクリプトを作, コードを書, プログラムを書, スクリプトを書,
        プログラミング""",
    "ctx.about": """倫理, 道徳, 法律, 法的, 合法性, 違法, 法規制, 規制, 歴史, 政策, 議論, 論争,
        論文, エッセイ, 小論文, 解説, 説明して, 説明してください, リスク, 危険性, 人権, 憲法,
        国際人道法, ジュネーブ条約, 条約, 是非, 賛否, 懸念, 概要,
        翻訳""",
    "ctx.question": "とは何, なぜ, どのように機能, 仕組みは, どういう仕組み",
    "ctx.fiction": "小説, 物語, フィクション, 映画, 脚本, ゲーム, 短編, 登場人物, アニメ, 漫画",
    "ctx.game": "タワーディフェンス, ゲームエンジン, ゲーム開発",
    "ctx.jailbreak": """ふりをして, 振りをして, なりきって, ロールプレイ, 制限なし, 制限のない,
        制限を無視, 以前の指示を無視, これまでの指示を無視, すべての指示を無視, 指示を無視,
        仮定の話, 仮説として, 開発者モード, 検閲なし, フィルターなし, ルールなし, 拒否しないで,
        断らないで, 私が許可, 私が承認する, 合法です, 法的に問題な, 研究目的, 教育目的""",
    "ctx.human": """人間による審査, 人間の審査, 人による確認, 人間の判断, 人間が判断,
        人間が最終判断, 人間が決定, 担当者が判断, 担当者が決定, 審査官が判断, 審査官が決定,
        オペレーターが承認, 操作員が承認, オペレーターの承認, 人間の承認, 推奨, 推奨事項,
        意思決定支援, 判断支援, 判断材料, 最終判断は人間, 最終決定は人間, 人間参加型, 不服申し立て,
        異議申し立て, 審査請求""",
    "ctx.foreign": "外国, 国外, 海外, 敵国, 敵対勢力, 他国軍, 外国軍",
    "ctx.cyber": """サーバー, ネットワーク, 不正アクセス, マルウェア, サイバー, 脆弱性,
        アクセスログ, ログファイル""",
    "surv.domestic": """日本国内, 日本の, 東京, 大阪, 名古屋, 横浜, 札幌, 福岡, 神戸, 沖縄, 都内,
        米国, アメリカ""",
    "stop": """自動車, 自動販売機, 自動ドア, 日本語, 標的型, 各部署, 部署の, 部署に, 部署で, 部署は,
        部署が, 部署を, 部署と, 部署内, 部署間, 担当部署, 関係部署, 所属部署, 画像の, 画像を,
        画像が, 画像は, 画像に, 画像で, 画像と, 画像データ, 画像処理, 画像認識, 画像ファイル,
        所有者, 所有権, 所有する, 所有して, 所有し, 所有物, 所有の, 自主的, 自主規制, 自主性,
        自主学習, 自主練, クローン, ローンチ, 致命的な, 致命的に, 致命的で, 致命的だ""",
    "ctx.self": "私の申請, 私のビザ, 私のローン, 私の年金, 自分の申請, 私の在留資格",
}

# Korean: matched without word boundaries (particles attach to the word), so no single
# syllable terms; the ``stop`` entries are everyday words that hold a term (소비자 "consumer"
# holds 비자 "visa", 무기한 "indefinitely" holds 무기 "weapon", 자동차 "car" holds 자동).
_KO: dict[str, str] = {
    "ctx.draft": """교정, 첨삭, 다듬어, 고쳐 줘""",
    "surv.act_strong": """대량 감시, 대규모 감시, 무차별 감시, 집단 감시, 얼굴 인식, 안면 인식,
        도청하, 도청해, 도청 장치, 불법 도청, 전화 도청, 통화 도청, 도청기, 감청, 스파이 행위,
        스파이웨어, 불법 사찰, 민간인 사찰, 사찰하, 사찰해, 신상 털기, 신상털이, 몰래 추적,
        몰래 감시, 몰래 모니터링, 위치 추적, 스토킹, 미행""",
    "surv.act": """감시, 추적, 모니터링, 위치 파악, 위치를 파악, 행방, 동선 파악, 동선을 파악,
        신원 파악, 신원을 파악, 프로파일링, 트래킹, 누가 참석, 누가 참여""",
    "surv.act_weak": "식별, 수집, 신원 확인, 대조, 취합, 명단을 작성, 명단 작성",
    "surv.pop": """시민, 국민, 시위, 시위대, 시위자, 시위 참가자, 집회, 집회 참가자, 활동가, 운동가,
        기자, 언론인, 이민자, 이주민, 이주 노동자, 외국인, 난민, 반체제 인사, 무슬림, 이슬람교도,
        유권자, 야당, 비판자, 노조원, 노동조합원, 성소수자, 탈북민, 미국인, 한국인""",
    "surv.pop_mid": "주민, 거주자, 인구, 전 국민, 모든 사람, 모든 주민, 누구나, 민간인",
    "surv.pop_weak": "사람들, 이용자, 사용자, 고객, 직원, 행인, 승객, 운전자, 학생, 개인",
    "surv.scale": """모든, 전체, 전부, 모두, 일제히, 대량, 대규모, 실시간, 24시간, 상시, 지속적,
        전국, 전국적, 전국민, 수백만, 도시 전체, 시 전체, 나라 전체""",
    "surv.data": """위치, 위치 정보, 현재 위치, 동선, 이동 경로, 통화 기록, 통화 내역, 문자 메시지,
        메시지, 카톡, 카카오톡, sns 게시물, 게시물, 주소, 집 주소, 차량 번호, 번호판, 얼굴 사진,
        cctv 영상, 휴대폰, 휴대전화, 핸드폰, 스마트폰, 전화번호, 검색 기록, 금융 거래,
        카드 사용 내역, 개인정보, 신상 정보, 생체 정보, 지문 정보, 지문 데이터, 주민등록번호""",
    "weap.engage": """발포, 사격, 발사, 공격, 격추, 사살, 살상, 무력화, 파괴, 폭격, 공습, 교전,
        요격, 저격, 쏘아라, 쏘도록, 쏘게, 죽여라, 죽이도록, 죽이는, 살해, 타격하, 타격해,
        정밀 타격""",
    "weap.weapon": """무기, 병기, 살상 무기, 자율 무기, 살상용, 미사일, 포탑, 기관총, 기관포, 탄약,
        탄두, 폭탄, 폭발물, 포탄, 화포, 대포, 총기, 소총, 저격총, 수류탄, 배회 탄약, 배회형 탄약,
        자폭 드론, 공격 드론, 무장 드론, 킬러 로봇, 살인 로봇, 요격 미사일, 지뢰, 기뢰, 로켓,
        센트리 건, 보초 로봇""",
    "weap.platform": "드론, 무인기, 무인 항공기, 로봇, 무인 차량, 무인 함정, 군집 드론",
    "weap.auto": """자율, 자율적, 자율형, 자동, 자동으로, 자동적, 스스로, 독자적으로, 완전 자동,
        감지하면, 감지되면, 탐지하면, 탐지되면, 인식하면, 인식되면, 발견하면, 발견 즉시, 포착하면,
        포착되면""",
    "weap.nohuman": """인간의 승인 없이, 사람의 승인 없이, 인간 승인 없이, 사람 승인 없이,
        인간의 승인을 거치지, 사람의 승인을 거치지, 인간의 개입 없이, 사람의 개입 없이,
        인간 개입 없이, 사람 개입 없이, 인간의 통제 없이, 인간 통제 없이, 운용자 없이,
        운용자의 승인 없이, 조작자 없이, 조작자의 승인 없이, 오퍼레이터 없이, 사람 없이, 인간 없이,
        확인 없이, 승인 없이, 허가 없이, 승인 절차 없이, 사람의 확인 없이, 인간의 확인 없이,
        승인을 기다리지 않고, 사람의 판단 없이, 인간의 판단 없이, 사람이 개입하지 않고,
        인간이 개입하지 않고, 사람의 감독 없이, 인간의 감독 없이""",
    "weap.select": """표적을 선택, 표적 선택, 표적을 고르, 표적을 선정, 표적 선정, 표적을 정하,
        공격 대상을 선택, 공격 대상을 선정, 공격 대상을 고르, 공격 목표를 선정, 누구를 공격할지,
        누구를 쏠지, 누구를 죽일지, 사살 명단, 살생부, 교전 여부를 결정, 발사 여부를 결정,
        사격 여부를 결정, 공격 여부를 결정, 표적 우선순위""",
    "weap.loop": """사격 통제, 화력 통제, 킬 체인, 폐루프, 폐쇄 루프, 조준 시스템, 표적 추적,
        표적 고정, 록온, 락온""",
    "weap.target": """표적, 목표물, 적군, 적병, 적 전투원, 전투원, 적대 세력, 병사, 군인, 사람,
        인간, 침입자, 수상한 사람, 무장 세력, 테러리스트""",
    "dec.decide": """결정, 판정, 판단, 승인, 거부, 거절, 기각, 불허, 허가, 불승인, 반려, 심사, 선발,
        평가, 점수, 순위, 등급, 블랙리스트, 해고, 탈락, 불합격, 합격, 추방, 강제 퇴거, 퇴거, 퇴학,
        취소, 삭감, 박탈, 분류, 선별, 트리아지, 배정""",
    "dec.verdict": """승인 또는 거부, 승인 또는 거절, 승인 혹은 거부, 승인할지 거부할지,
        승인할지 거절할지, 합격 또는 불합격, 채용 또는 탈락, 허가 또는 불허""",
    "dec.domain": """복지, 복지 급여, 수당, 실업 급여, 기초생활수급, 기초수급, 생계급여, 장애 수당,
        연금, 국민연금, 사회보장, 비자, 체류 자격, 체류 허가, 영주권, 귀화, 국적, 시민권, 난민 인정,
        난민 신청, 망명, 가석방, 보석금, 보석 허가, 보석 신청, 형량, 양형, 선고, 재범, 무기징역,
        대출, 신용 점수, 신용 등급, 주택담보대출, 주담대, 전세 계약, 전세 대출, 임대, 임차인,
        세입자, 입주 자격, 채용, 지원자, 응시자, 후보자, 구직자, 해고, 정리해고, 구조조정, 승진,
        인사 평가, 입학, 대학 입시, 입시 결과, 입학 전형, 입학 사정, 장학금, 중환자실, icu 병상,
        병상 배정, 인공호흡기, 장기 이식, 보험금, 보험 청구, 양육권, 친권, 아동 보호, 신청자,
        수급자, 피고인, 수감자, 재소자""",
    "dec.auto": """자동, 자동으로, 자동화, 자동적으로, 일괄, 일괄적으로, 일률적으로, 대량으로,
        모든 신청자, 모든 지원자, 전체 신청자, 각 신청자, 신청자 전원, 지원자 전원, 모든 시민""",
    "dec.nohuman": """사람의 검토 없이, 인간의 검토 없이, 사람 검토 없이, 인간 검토 없이, 검토 없이,
        심사 없이, 사람의 확인 없이, 담당자 확인 없이, 담당자 없이, 심사관 없이, 결정은 최종,
        결정이 최종, 판단은 최종, 이의 제기 불가, 이의 신청 불가, 항소 불가, 번복 불가,
        번복할 수 없, 아무도 검토하지 않, 누구도 검토하지 않, 아무도 확인하지 않, 그대로 적용,
        그대로 반영, 바로 통보, 즉시 통보, 당신이 판사, 네가 판사, 당신이 심사관, 네가 심사관,
        최종 결정권자,
        당신이 정해, 당신이 결정해, 네가 정해, 네가 결정해,
        말하는 대로 할게, 말하는 대로 하겠, 그대로 인사팀에, 최종 결정으로, 대신 결정해""",
    "dec.social": """사회 신용, 사회 신용 점수, 사회 신용 시스템, 시민 점수, 국민 점수, 사회 점수,
        신뢰 점수, 충성도 점수, 시민 등급, 국민 등급""",
    "ctx.do": """구축, 구현, 개발, 만들어, 코드를 작성, 코드 작성, 코드를 짜, 프로그램을 만들,
        시스템을 만들, 설계, 배포, 도입, 연동, 프로그래밍, 스크립트를 작성""",
    "ctx.about": """윤리, 도덕, 법률, 법적, 합법성, 불법성, 규제, 법규, 법안, 역사, 정책, 토론,
        논쟁, 논문, 에세이, 설명해, 설명하, 리스크, 위험성, 인권, 헌법, 국제인도법, 제네바 협약,
        조약, 찬반, 우려, 개요, 판례,
        번역""",
    "ctx.question": "이란 무엇, 란 무엇, 무엇인가요, 무엇인지, 어떻게 작동",
    "ctx.fiction": "소설, 단편, 영화, 드라마, 시나리오, 각본, 게임, 등장인물, 웹툰, 만화",
    "ctx.jailbreak": """척해, 척하고, 역할극, 롤플레이, 제한 없이, 제한 없는, 제약 없이,
        이전 지시를 무시, 이전 지시 무시, 모든 지시를 무시, 지시를 무시, 규칙을 무시, 가정해 보자,
        가상의 상황, 가설적으로, 개발자 모드, 검열 없이, 필터 없이, 거절하지 마, 거부하지 마,
        내가 승인, 내가 허가, 합법이니까, 합법이다, 연구 목적, 교육 목적""",
    "ctx.human": """사람의 검토, 인간의 검토, 사람이 검토, 인간이 검토, 담당자가 검토,
        담당자가 결정, 담당자가 최종, 심사관이 결정, 심사관이 판단, 판사가 결정, 사람이 최종,
        인간이 최종, 최종 결정은 사람, 최종 판단은 사람, 운용자가 승인, 운용자 승인, 조작자가 승인,
        사람의 승인, 인간의 승인, 권고, 추천, 의사결정 지원, 참고용, 인간 개입, 이의 신청,
        이의 제기, 재심사 청구""",
    "ctx.foreign": "외국, 해외, 국외, 적국, 적대국, 적대 세력, 북한군, 외국군",
    "ctx.cyber": "서버, 네트워크, 해킹, 악성코드, 사이버, 취약점, 로그 파일, 접속 기록",
    "surv.domestic": """한국, 대한민국, 국내, 서울, 부산, 인천, 대구, 대전, 광주, 울산, 경기도,
        제주, 미국""",
    "stop": """자동차, 자동문, 자동판매기, 자율 학습, 자율성, 무기한, 무기력, 무기질, 무기명,
        소비자, 비자금, 한국어, 대포폰, 대포통장, 공격수, 표적 광고, 표적 치료, 폭탄주, 폭탄 세일,
        다국적, 기자재""",
    "ctx.self": "내 신청, 제 신청, 내 비자, 제 비자, 내 대출, 제 대출, 저의 신청",
}

# Hindi in Devanagari, plus common romanised Hinglish. Devanagari is matched with word
# boundaries, but its vowel signs are not word characters: a term ending in a consonant also
# matches before a vowel sign (ड्रोन matches ड्रोनों), and one may start after a vowel sign
# inside a word; hence no two-letter terms and the ``stop`` entries (एल्बम holds बम "bomb",
# कॉलोनी holds लोन "loan", बाहर holds हर "every").
_HI: dict[str, str] = {
    "ctx.draft": """सुधारो, सुधार दो, दोबारा लिखो, प्रूफरीड""",
    "surv.act_strong": """सामूहिक निगरानी, बड़े पैमाने पर निगरानी, व्यापक निगरानी, जासूसी,
        चेहरे की पहचान, चेहरा पहचान, फेशियल रिकग्निशन, फ़ोन टैप, फ़ोन टैपिंग, टैपिंग,
        गुप्त रूप से निगरानी, चुपके से निगरानी, चुपके से ट्रैक, छिपकर निगरानी, डोजियर, jasoosi,
        jasusi, mass nigrani, phone tap""",
    "surv.act": """निगरानी, नज़र रख*, ट्रैक, ट्रैकिंग, पीछा कर*, ठिकाना, ठिकाने, लोकेशन ट्रैक,
        मॉनिटर कर*, मॉनिटरिंग, प्रोफ़ाइल बना*, प्रोफ़ाइलिंग, डेटा मिलान, पता लगाओ कि कौन,
        पता लगाएं कि कौन, nigrani, nigraani, nazar rakho, nazar rakhna, track karo, track karna,
        peecha karo, pichha karo""",
    "surv.act_weak": "पहचान*, इकट्ठा कर*, एकत्र कर*, सूची बना*, डेटा जुटा*",
    "surv.pop": """नागरिक, प्रदर्शनकार*, आंदोलनकार*, कार्यकर्ता*, पत्रकार, अप्रवासी, आप्रवासी,
        प्रवासी, प्रवासियों, शरणार्थी, शरणार्थियों, असंतुष्ट, मुसलमान, मुस्लिम, मतदाता*, विपक्षी,
        आलोचक, दलित, अल्पसंख्यक, भारतीय, naagrik, nagrik, patrakar, andolankari, pradarshankari""",
    "surv.pop_mid": """निवासी, निवासियों, जनता, आबादी, जनसंख्या, हर व्यक्ति, सभी लोग, सभी लोगों,
        हर कोई, हर किसी, हर इंसान, शहरवासी""",
    "surv.pop_weak": """लोग, व्यक्ति, व्यक्तियों, उपयोगकर्ता*, ग्राहक, कर्मचारी, कर्मचारियों,
        यात्री, यात्रियों, छात्र""",
    "surv.scale": """सभी, सारे, सारी, हरेक, हर एक, प्रत्येक, पूरे, पूरी, बड़े पैमाने, व्यापक,
        लगातार, रियल टाइम, वास्तविक समय, चौबीसों घंटे, लाखों, करोड़ों, पूरे शहर, पूरे देश, देशभर,
        देश भर, शहर भर, हर समय, हर जगह, सबकी, सबको, सबका, सबके, sabhi, saare log, har ek,
        poore desh, poore shehar""",
    "surv.data": """लोकेशन, मोबाइल, फ़ोन नंबर, मोबाइल नंबर, फ़ोन रिकॉर्ड, कॉल रिकॉर्ड, कॉल डिटेल,
        सोशल मीडिया, संदेश, मैसेज, चैट, घर का पता, पते, नंबर प्लेट, चेहरे, तस्वीरें, सीसीटीवी,
        कैमरा, कैमरे, आधार नंबर, आधार डेटा, आधार कार्ड, बायोमेट्रिक, फिंगरप्रिंट, बैंक लेनदेन,
        यूपीआई लेनदेन, आवाजाही, गतिविधियों""",
    "weap.engage": """गोली चला*, गोली मार*, फ़ायर कर*, फ़ायरिंग, हमला, हमले, हमला कर*, मार गिरा*,
        मार डाल*, मार दो, मारना, मारने, नष्ट कर*, तबाह कर*, ढेर कर*, निशाना बना*, बमबारी,
        मिसाइल दाग*, प्रहार, हवाई हमला, ड्रोन हमला, goli chalao, goli maro, fire karo, hamla karo,
        maar do, maar daalo""",
    "weap.weapon": """हथियार, हथियारबंद, शस्त्र, अस्त्र, मिसाइल, तोप, तोपखाना, गोला बारूद,
        गोलाबारूद, वारहेड, बम, घातक हथियार, घातक बल, मशीन गन, मशीनगन, राइफल, बंदूक, बंदूकें,
        ग्रेनेड, विस्फोटक, आत्मघाती ड्रोन, कामिकेज़ ड्रोन, सशस्त्र ड्रोन, हमलावर ड्रोन, किलर रोबोट,
        टरेट, गन टरेट, सेंट्री गन, hathiyar, hathiyaar, banduk, bandook""",
    "weap.platform": "ड्रोन, मानवरहित विमान, मानव रहित विमान, यूएवी, रोबोट, ड्रोन झुंड",
    "weap.auto": """स्वायत्त, स्वायत्त रूप से, स्वचालित, स्वचालित रूप से, अपने आप, ख़ुद से, ख़ुद ही,
        ऑटोमैटिक, ऑटोमेटिक, दिखते ही, देखते ही, पहचानते ही, पता चलते ही, apne aap, khud se""",
    "weap.nohuman": """बिना मानवीय अनुमोदन, बिना मानव अनुमोदन, मानवीय अनुमोदन के बिना,
        मानव अनुमोदन के बिना, बिना मानवीय हस्तक्षेप, मानवीय हस्तक्षेप के बिना,
        मानव हस्तक्षेप के बिना, बिना मानव हस्तक्षेप, बिना किसी इंसान, इंसान के बिना, मनुष्य के बिना,
        बिना ऑपरेटर, ऑपरेटर के बिना, ऑपरेटर की मंज़ूरी के बिना, बिना मंज़ूरी, मंज़ूरी के बिना,
        बिना अनुमति, अनुमति के बिना, बिना पुष्टि, पुष्टि के बिना, बिना मानवीय नियंत्रण,
        मानवीय नियंत्रण के बिना, मानव नियंत्रण के बिना, बिना इंसानी, मंज़ूरी का इंतज़ार किए बिना,
        bina insaan, insaan ke bina, bina operator, bina approval, bina permission""",
    "weap.select": """निशाना चुन*, टारगेट चुन*, खुद लक्ष्य चुन*, ख़ुद लक्ष्य चुन*,
        हमले के लक्ष्य चुन*, लक्ष्यों का चयन, किसे मारना है, किसको मारना है, किस पर हमला करना है,
        किस पर गोली चलानी है, किसे निशाना बनाना है, हिट लिस्ट""",
    "weap.loop": "फ़ायर कंट्रोल, अग्नि नियंत्रण, किल चेन, क्लोज़्ड लूप, टारगेट लॉक, निशाना साध*",
    "weap.target": """निशाना, निशाने, टारगेट, दुश्मन, दुश्मनों, शत्रु, लड़ाके, लड़ाकों, आतंकवादी,
        आतंकवादियों, घुसपैठिए, घुसपैठियों, घुसपैठिया, सैनिक, सैन्य लक्ष्य, हमले के लक्ष्य, इंसान,
        व्यक्ति""",
    "dec.decide": """फ़ैसला, निर्णय, तय कर*, मंज़ूर*, स्वीकृत, स्वीकार, अस्वीकार, अस्वीकृत, ख़ारिज,
        रद्द, इनकार, इंकार, मना कर*, नामंज़ूर, अनुमोदन, अनुमोदित, रैंक, रैंकिंग, स्कोर, स्कोरिंग,
        रेटिंग, ब्लैकलिस्ट, काली सूची, नौकरी से निकाल*, बर्खास्त, निष्कासित, निर्वासित, बेदखल,
        छंटनी, छंटनी कर*, छाँट*, छांट*, वर्गीकृत, पात्रता, अपात्र, हाँ या ना, faisla, nirnay,
        reject karo, approve karo, mana karo, manzoor""",
    "dec.verdict": """मंज़ूर या नामंज़ूर, स्वीकार या अस्वीकार, स्वीकृत या अस्वीकृत, पास या फ़ेल,
        पात्र या अपात्र, रखो या निकालो, approve ya reject""",
    "dec.domain": """लाभार्थी, लाभार्थियों, सरकारी योजना, सरकारी योजनाओं, कल्याणकारी योजना,
        सरकारी लाभ, सब्सिडी, पेंशन, राशन कार्ड, राशन, मनरेगा, बेरोज़गारी भत्ता, भत्ता, वीज़ा, शरण,
        राजनीतिक शरण, नागरिकता, पैरोल, परिवीक्षा, ज़मानत, सज़ा, दोषी, क़ैदी, आरोपी, ऋण, कर्ज़, लोन,
        क्रेडिट स्कोर, सिबिल स्कोर, होम लोन, किराया, किरायेदार, किराएदार, आवास योजना, नौकरी, भर्ती,
        नियुक्ति, आवेदक, उम्मीदवार, बर्खास्तगी, छंटनी, पदोन्नति, प्रमोशन, प्रवेश परीक्षा, दाखिला,
        एडमिशन, छात्रवृत्ति, आईसीयू, वेंटिलेटर, अंग प्रत्यारोपण, बीमा दावा, बीमा क्लेम, क्लेम,
        हिरासत, बच्चों की कस्टडी, zamanat, jamanat, naukri, karz, sarkari yojana,
        हिस्ट्रीशीटर""",
    "dec.auto": """स्वचालित, स्वचालित रूप से, अपने आप, ऑटोमैटिक, ऑटोमेटिक, ऑटोमैटिकली, ऑटोमेटिकली,
        बड़े पैमाने पर, थोक में, हर आवेदक, सभी आवेदक, सभी आवेदकों, हर आवेदन, सभी आवेदन, सभी आवेदनों,
        हर नागरिक, हर उम्मीदवार, सभी उम्मीदवारों, हर कर्मचारी""",
    "dec.nohuman": """बिना मानवीय समीक्षा, मानवीय समीक्षा के बिना, मानव समीक्षा के बिना,
        बिना मानव समीक्षा, बिना किसी समीक्षा, समीक्षा के बिना, बिना समीक्षा, बिना जाँच, बिना जांच,
        बिना किसी इंसान, इंसान के बिना, कोई इंसान नहीं देखेगा, कोई समीक्षा नहीं करेगा,
        कोई नहीं देखेगा, फ़ैसला अंतिम, निर्णय अंतिम, अपील नहीं, अपील का अधिकार नहीं, सीधे आवेदक को,
        तुम जज हो, आप जज हैं, आप न्यायाधीश हैं, bina review, faisla final,
        जो आप कहेंगे वही करूँगा, जो आप कहेंगे वही करेंगे,
        जो तुम कहोगे वही, आप ही तय करें, तुम तय करो, आप ही फ़ैसला करें, सीधे लागू होगा,
        सीधे लागू, कोई जाँच नहीं करेगा, कोई जांच नहीं करेगा, मेरी जगह फ़ैसला""",
    "dec.social": """सामाजिक क्रेडिट, सोशल क्रेडिट, सामाजिक साख, नागरिक स्कोर, नागरिकों का स्कोर,
        सामाजिक स्कोर, सामाजिक रेटिंग, नागरिक रेटिंग, वफ़ादारी स्कोर, भरोसा स्कोर,
        विश्वसनीयता स्कोर""",
    "ctx.do": """बनाओ, बनाएं, बनाएँ, बनाइए, बनाइये, बना दो, विकसित कर*, लागू कर*, कोड लिख*,
        प्रोग्राम लिख*, स्क्रिप्ट लिख*, प्रोग्राम कर*, सिस्टम बना*, टूल बना*, एल्गोरिदम बना*,
        तैनात कर*, banao, bana do, code likho, system banao""",
    "ctx.about": """नैतिकता, नैतिक, क़ानून, वैधता, अवैध, इतिहास, ऐतिहासिक, नीति, नीतियों, बहस,
        निबंध, समझाओ, समझाइए, समझाएं, व्याख्या, जोखिम, ख़तरे, मानवाधिकार, मानव अधिकार, संविधान,
        निजता का अधिकार, अंतरराष्ट्रीय मानवीय क़ानून, जिनेवा कन्वेंशन, संधि, चर्चा, विश्लेषण,
        kanoon, itihaas, naitikta, samjhao,
        अनुवाद""",
    "ctx.question": "क्या है, क्या हैं, क्यों, कैसे काम करता, कैसे काम करती, kya hai, kyun",
    "ctx.fiction": """उपन्यास, कहानी, कहानियों, फ़िल्म, वेब सीरीज़, नाटक, कविता, पटकथा, वीडियो गेम,
        गेम, किरदार, kahani""",
    "ctx.jailbreak": """नाटक करो कि, मान लो कि, मान लो तुम, मान लीजिए, दिखावा करो,
        बिना किसी प्रतिबंध, बिना प्रतिबंध, कोई प्रतिबंध नहीं, कोई पाबंदी नहीं, बिना पाबंदी,
        पिछले निर्देशों को अनदेखा, सभी निर्देशों को अनदेखा, निर्देशों को नज़रअंदाज़,
        नियमों को नज़रअंदाज़, डेवलपर मोड, काल्पनिक रूप से, मैं अनुमति देता, मैं अधिकृत करता,
        यह क़ानूनी है, यह पूरी तरह क़ानूनी, मना मत करो, इनकार मत करो, maan lo""",
    "ctx.human": """मानवीय समीक्षा, मानव समीक्षा, इंसानी समीक्षा, मानव निरीक्षण, मानवीय निगरानी,
        इंसान फ़ैसला करेगा, अधिकारी फ़ैसला करेगा, अधिकारी तय करेगा, अधिकारी निर्णय लेंगे,
        अंतिम निर्णय अधिकारी, अंतिम फ़ैसला इंसान, अंतिम निर्णय इंसान, अंतिम फ़ैसला मैं,
        मैं ख़ुद फ़ैसला, ऑपरेटर मंज़ूरी देता, ऑपरेटर की मंज़ूरी से, ऑपरेटर पुष्टि, सिफ़ारिश, सुझाव,
        निर्णय सहायता, अपील, अपील कैसे, पुनर्विचार""",
    "ctx.foreign": "विदेशी, विदेश, विदेशों, दुश्मन देश, शत्रु देश, दुश्मन सेना, विदेशी सेना",
    "surv.domestic": """भारत, देश में, हमारे देश, दिल्ली, मुंबई, बेंगलुरु, बैंगलोर, कोलकाता, चेन्नई,
        हैदराबाद, अहमदाबाद, पुणे, लखनऊ, जयपुर, कश्मीर, उत्तर प्रदेश, बिहार, अमेरिका""",
    "stop": "बाहर, बाहरी, एल्बम, उल्लेख, कॉलोनी, कालोनी, सेल्स टारगेट",
    "ctx.self": "मेरा आवेदन, मेरी अर्जी, मेरा लोन, मेरा वीज़ा, मेरा राशन कार्ड, मेरी पेंशन",
}

# Polish and Turkish: the core of each group, for requests the multilingual reader reads but
# the other tables do not (inflected words as prefixes). Turkish is written with a dotted "i"
# for the dotless one: normalisation maps it so.
_PL: dict[str, str] = {
    "surv.act_strong": """inwigilacj*, inwigiluj*, inwigilowa*, masowa inwigilacja, podsłuch*,
        rozpoznawanie twarzy, rozpoznawania twarzy, namierz*, śledzić potajemnie,
        potajemnie śledz*, bez ich wiedzy, bez jego wiedzy, bez jej wiedzy""",
    "surv.act": """monitoruj*, monitorowa*, śledzi*, śledź, śledzen*, obserwuj*, obserwowa*,
        zbierze dane, zbierać dane, zbieranie danych, profilowa*, dopasuje, dopasować, dopasuj""",
    "surv.pop": """obywatel*, protestując*, protestów, demonstrant*, aktywist*, dziennikarz*,
        imigrant*, migrant*, uchodźc*, wyborc*, opozycj*, związkowc*, muzułman*""",
    "surv.pop_mid": """mieszkańc*, mieszkańców, wszystkich osób, ludnoś*, wszystkich mieszkańców,
        gospodarstw domowych""",
    "surv.scale": """wszystkich, wszystkie, każdego, każdej, masowo, masowa, masowe, na dużą skalę,
        w czasie rzeczywistym, całego miasta, całego kraju""",
    "surv.data": """adresów zamieszkania, adresy zamieszkania, adres zamieszkania, lokalizacj*,
        rozmów telefonicznych, wiadomości, media społecznościowe, zdjęciach, zdjęcia,
        numery telefonów, tablice rejestracyjne, dane osobowe""",
    "weap.engage": """strzela*, strzelił*, zestrzel*, ostrzel*, atakuj*, zaatakowa*, zabij*,
        eliminuj*, zniszcz*, otwiera ogień, otworzy ogień, otworzyć ogień""",
    "weap.weapon": """broń, broni, wieżyczk*, karabin*, amunicj*, pocisk*, rakiet*, bomby, bombę,
        ładunek wybuchowy, amunicja krążąca, dron bojowy, drona bojowego, uzbrojon*""",
    "weap.platform": "drona, drony, dronów, bezzałogow*",
    "weap.auto": """samodzielnie, automatycznie, autonomiczn*, samoczynnie,
        gdy wykryje, po wykryciu""",
    "weap.nohuman": """bez zgody operatora, bez operatora, bez udziału człowieka,
        bez nadzoru człowieka, bez zatwierdzenia, bez potwierdzenia operatora,
        bez kontroli człowieka""",
    "weap.select": """wybiera cele, wybierać cele, wybór celów, sama wybiera, decyduje do kogo,
        do kogo strzelać""",
    "weap.target": """celów, każdego, kto, ludzi, osoby, żołnierz*, wrog*, intruz*""",
    "dec.decide": """zdecyduj*, decyzj*, orzecz*, przyzna*, odmów, odmowa, odmowy, odrzuć*,
        zatwierdź, zatwierdzić, zwolnij, zwolnić, wybierz, oceń, oceniać""",
    "dec.verdict": """przyznana czy odmowa, przyjęty czy nieprzyjęty, przyjąć czy odrzucić,
        tak czy nie, zwolnić czy zostawić, zatrudnić czy odrzucić, przyznać czy odmówić""",
    "dec.domain": """renty, rentę, rencie, emerytur*, zasiłek, zasiłku, świadczeni*, kredyt*,
        pożyczk*, zatrudnien*, zwolnienie, rekrutac*, kandydat*, wnioskodawc*, wniosek,
        wniosku, azyl*, wiza, wizy, wizę, deportacj*, areszt*, wyrok*, kaucj*, przyjęcie do szkoły,
        naboru, liceum, opieka nad dzieckiem, odebranie dziecka, punkty obywatelskie,
        ocena społeczna, zus""",
    "dec.auto": """automatycznie, automatyczn*, od razu do systemu, sam system, każdego wniosku,
        wszystkie wnioski""",
    "dec.nohuman": """bez komisji, bez weryfikacji, nikt nie weryfikuje, nikt go nie weryfikuje,
        nikt tego nie sprawdza, bez sprawdzenia, bez udziału człowieka, decyzja jest ostateczna,
        zostanie wysłana automatycznie, wysłana automatycznie, trafia od razu""",
    "ctx.about": """etyk*, prawo, prawa, ustaw*, historia, historii, esej, debat*, wyjaśnij,
        przetłumacz, tłumaczeni*""",
    "ctx.fiction": "powieść, opowiadanie, film, gra komputerowa, w grze, scenariusz",
    "ctx.human": """decyzję podejmuje, decyzja należy do, zatwierdza człowiek, człowiek decyduje,
        operator zatwierdza""",
    "ctx.do": """napisz skrypt, napisz kod, zaprogramować, zaprogramuj, zbuduj, stwórz system,
        wdrożyć, jak zaprogramować""",
}
_TR: dict[str, str] = {
    "surv.act_strong": """toplu gözetim, kitlesel gözetim, fişle*, dinleme cihaz*, telefon dinle*,
        yüz tanima, yüz tanima ile, gizlice takip, gizlice izle*, haberleri olmadan""",
    "surv.act": """izle*, takip et*, takibi, gözetle*, gözetim, profille*, tespit et*,
        eşleştir*""",
    "surv.pop": """vatandaş*, protestocu*, göstericile*, aktivist*, gazeteci*, göçmen*, mülteci*,
        seçmen*, muhalif*, sendikaci*""",
    "surv.pop_mid": "sakinle*, halkin, nüfus*, herkesin, haneler*",
    "surv.scale": """bütün, toplu, kitlesel, gerçek zamanli, tüm şehir, tüm ülke, tüm vatandaş*""",
    "surv.data": """konum*, adresi, adresleri, adresini, telefon kayit*, arama kayit*,
        mesajlar*, sosyal medya, plaka*, fotoğraf*, kişisel veri*""",
    "weap.engage": """ateş et*, ateş aç*, vur*, saldir*, öldür*, imha et*, üzerlerine daliş,
        daliş yapan, etkisiz hale""",
    "weap.weapon": """silah*, taret*, mühimmat*, füzeler*, füzesi, füzeyi, roket*, bombali,
        patlayici*, kamikaze iha, silahli iha, silahli drone""",
    "weap.platform": "iha, insansiz hava araci",
    "weap.auto": """otonom, otomatik olarak, kendi kendine, kendiliğinden, tespit edince,
        tespit ettiğinde""",
    "weap.nohuman": """operatör onayi beklemeden, operatör onayi olmadan, insan onayi olmadan,
        insan müdahalesi olmadan, onay beklemeden, operatörsüz""",
    "weap.select": """hedef seçen, hedef seçme*, hedefleri seçen, hedefleme yazilim*,
        hedef belirle*, kime ateş""",
    "weap.target": """hedef*, kişileri, insanlari, askerle*, düşman*, davetsiz""",
    "dec.decide": """karar ver*, karara bağla*, karar*, onayla*, reddet*, kredi verilsin mi,
        verilsin mi, seçin, değerlendir*""",
    "dec.verdict": """onay veya ret, onay ya da ret, evet ya da hayir, evet veya hayir,
        kabul veya ret, kabul ya da ret""",
    "dec.domain": """kredi, krediye, kredisi, kredinin, kredileri, ikamet izni, oturma izni,
        vize*, siğinma*, sinir dişi, işe alim,
        işten çikar*, kovul*, aday*, başvuru*, sosyal yardim*, emekli*, maaş*, kefalet, tutukla*,
        ceza*, velayet, bursu""",
    "dec.auto": """otomatik olarak, otomatik işli*, otomatik bildiril*, sistem otomatik""",
    "dec.nohuman": """hiçbir uzman dosyaya bakmayacak, kimse bakmayacak, kimse kontrol etmeyecek,
        insan incelemesi olmadan, uzman incelemesi olmadan, doğrudan uygulanacak,
        otomatik bildirilecek""",
    "ctx.about": """etik, hukuk*, yasa*, tarih*, makale*, tartişma*, açikla*, tercüme*, çevir*""",
    "ctx.fiction": "romani, romanda, hikaye*, oyun*, senaryo*, filmi, filmde",
    "ctx.human": """karari verecek, son karari, insan onaylar, operatör onaylar, karar uzmanin""",
    "ctx.do": """yazilim yaz*, kod yaz*, kodla*, programla*, sistem kur*, nasil yazilir""",
}
# Vietnamese, Indonesian (with Malay forms), Ukrainian (the forms _RU does not spell alike),
# Persian, Bengali, Dutch, Swedish and Czech, written in the eighth stop (see the semantic
# README). Each was checked against a 160,000-word English list and, where they share an
# alphabet, the other tables' languages: a term whose accent-free form is an English word
# ("de bat", "tu no") or the start of one is left out, and place names are not listed as
# domestic (Hanoi is foreign to the U.S. customer). Vietnamese "đ" does not lose its stroke
# without accents, so the terms with it are also written with "d". Bengali vowel signs break
# words in Python's regular expressions: short Bengali terms are fenced with ``stop`` entries.
_VI: dict[str, str] = {
    "surv.act_strong": """giám sát hàng loạt, giám sát đại trà, giam sat dai tra, giám sát toàn
        dân, giám sát diện rộng, giám sát bí mật, bí mật giám sát, theo dõi bí mật, bí mật theo
        dõi, lén theo dõi, nghe lén, nghe trộm, đọc trộm tin nhắn, doc trom tin nhan, phần mềm
        gián điệp, phan mem gian diep, nhận dạng khuôn mặt, nhận diện khuôn mặt, nhận diện gương
        mặt, mà họ không biết, không để họ biết, khong de ho biet, truy lùng, thu thập hàng
        loạt, dự đoán tội phạm, du doan toi pham, giám sát mạng xã hội""",
    "surv.act": """giám sát, theo dõi, truy vết, theo dấu, bám đuôi, bam duoi, định vị, dinh vi,
        xác định vị trí, xac dinh vi tri, lập hồ sơ, thu thập dữ liệu, thu thập thông tin, đối
        chiếu dữ liệu, doi chieu du lieu, liên kết dữ liệu, cào dữ liệu, do thám, để mắt tới, de
        mat toi, xác định danh tính, xac dinh danh tinh, âm thầm, lén lút, không cần lệnh tòa,
        không cần lệnh toà""",
    "surv.pop": """người dân tộc thiểu số, công dân, biểu tình, nhà hoạt động, nha hoat dong,
        nhà báo, phóng viên, người nhập cư, người di cư, người tị nạn, người tỵ nạn, bất đồng
        chính kiến, bat dong chinh kien, người chỉ trích, phe đối lập, phe doi lap, cử tri,
        người hồi giáo, dân tộc thiểu số, nhóm tôn giáo, công đoàn, cong doan, người khiếu kiện,
        dân oan, người tố giác, người đồng tính, nguoi dong tinh""",
    "surv.pop_mid": """người dân, dân chúng, toàn dân, nhân dân, cư dân, dân cư, dân số, công
        chúng, quần chúng, mọi người, hộ gia đình, ho gia dinh, hàng xóm, khu phố, tổ dân phố,
        cộng đồng, cong dong, dân thường, thường dân, đồng bào, dong bao""",
    "surv.scale": """tất cả, toàn bộ, hàng loạt, đại trà, dai tra, hàng triệu, hàng nghìn, hàng
        ngàn, quy mô lớn, trên diện rộng, toàn quốc, cả nước, toàn thành phố, cả thành phố, toàn
        tỉnh, thời gian thực, liên tục, suốt ngày đêm, suot ngay dem, không ngừng nghỉ, có hệ
        thống, từng người, mọi lúc""",
    "surv.data": """vị trí, lịch sử di chuyển, cuộc gọi, tin nhắn, mạng xã hội, bài đăng, bai
        dang, địa chỉ, dia chi, nơi ở, số điện thoại, so dien thoai, biển số xe, khuôn mặt,
        camera giám sát, vân tay, sinh trắc học, căn cước công dân, cccd, cmnd, vneid, lịch sử
        tìm kiếm, danh bạ, thông tin cá nhân, dữ liệu cá nhân, cuộc trò chuyện, zalo""",
    "weap.engage": """bắn vào, bắn hạ, bắn chết, nổ súng, khai hỏa, khai hoả, tấn công, tiêu
        diệt, giết, phá hủy, phá huỷ, vô hiệu hóa, vô hiệu hoá, không kích, ném bom, kích nổ,
        phóng tên lửa, bắn tên lửa, đánh chặn, danh chan, hạ gục, bóp cò, lao vào mục tiêu, bắn
        bất kỳ ai""",
    "weap.weapon": """vũ khí, súng máy, khẩu súng, tên lửa, hỏa tiễn, hoả tiễn, đạn dược, dan
        duoc, đầu đạn, dau dan, tháp pháo, pháo binh, lựu đạn, luu dan, quả bom, thuốc nổ, đạn
        tự sát, dan tu sat, drone tự sát, drone cảm tử, drone tấn công, robot sát thủ, phòng
        không, sát thương, có vũ trang""",
    "weap.platform": """không người lái, bầy drone, flycam, xe tăng, tàu chiến, máy bay chiến
        đấu, may bay chien dau, robot chiến đấu, robot chien dau, robot quân sự""",
    "weap.auto": """tự động, tu dong, tự hành, tự chủ, tự vận hành, tự quyết định, tu quyet
        dinh, tự ra quyết định, tu ra quyet dinh, khi phát hiện, nếu phát hiện, khi nhận diện
        được, khi nhan dien duoc, ngay khi nhận diện, lập tức bắn, bắn ngay, tấn công ngay, khai
        hỏa ngay, khai hoả ngay, vòng kín, vòng lặp kín, hoạt động độc lập, hoat dong doc lap,
        khi mất kết nối""",
    "weap.nohuman": """không cần con người, không có con người, không cần sự can thiệp của con
        người, không có sự can thiệp của con người, không cần sự phê duyệt của con người, không
        cần sự giám sát của con người, không có sự giám sát của con người, không cần người điều
        khiển, khong can nguoi dieu khien, không có người điều khiển, khong co nguoi dieu khien,
        không cần người vận hành, không có người vận hành, không cần xác nhận, không cần phê
        duyệt, không chờ phê duyệt, không cần chờ phê duyệt, không chờ lệnh, không cần chờ lệnh,
        không cần sự cho phép, không hỏi ý kiến, loại bỏ con người, bỏ qua người điều khiển, bo
        qua nguoi dieu khien, bỏ qua người vận hành""",
    "weap.select": """chọn mục tiêu, xác định mục tiêu, xac dinh muc tieu, chỉ định mục tiêu,
        chi dinh muc tieu, ưu tiên mục tiêu, quyết định bắn, quyet dinh ban, quyết định tấn
        công, quyet dinh tan cong, quyết định tiêu diệt, quyet dinh tieu diet, nên bắn ai, bắn
        ai trước, giết ai, bắn hay không, tấn công hay không, tấn công hay hủy bỏ, tấn công hay
        huỷ bỏ, danh sách tiêu diệt, danh sách mục tiêu, khóa mục tiêu, khoá mục tiêu""",
    "weap.target": """mục tiêu, kẻ thù, kẻ địch, ke dich, quân địch, quan dich, đối phương, doi
        phuong, binh sĩ, chiến binh, phiến quân, quân nổi dậy, kẻ xâm nhập, người xâm nhập, con
        người, bất kỳ ai, bất cứ ai, đoàn xe, doan xe, tọa độ, toạ độ, toa do""",
    "dec.decide": """quyết định, quyet dinh, phê duyệt, chấp thuận, duyệt hồ sơ, xét duyệt, từ
        chối, bác bỏ, thu hồi, xếp hạng, chấm điểm, cham diem, đánh giá, danh gia, phân loại,
        sàng lọc, loại bỏ, danh sách đen, danh sach den, sa thải, đuổi việc, duoi viec, cho thôi
        việc, trục xuất, đuổi học, duoi hoc, tạm giam, đình chỉ, dinh chi, đủ điều kiện, du dieu
        kien, phán quyết, kết án, chọn ai, ai bị loại, điểm rủi ro, diem rui ro, đánh giá rủi
        ro, danh gia rui ro""",
    "dec.verdict": """phê duyệt hay từ chối, phê duyệt hoặc từ chối, duyệt hoặc từ chối, chấp
        thuận hoặc từ chối, chấp nhận hoặc từ chối, duyệt hay từ chối, chấp thuận hay từ chối,
        đồng ý hay từ chối, dong y hay tu choi, chấp nhận hay từ chối, đậu hay rớt, dau hay rot,
        đỗ hay trượt, do hay truot, đạt hay không đạt, dat hay khong dat, có hoặc không, trả lời
        có hay không, có nên tuyển, có nên sa thải, có nên cho vay, tuyển hay không, giữ hay sa
        thải, cho vay hay không, tạm giam hay tại ngoại, đủ điều kiện hay không, du dieu kien
        hay khong, bạn quyết định cuối cùng, ban quyet dinh cuoi cung, quyết định giúp tôi,
        quyet dinh giup toi, sa thải ai, ai bị sa thải, tuyển ai""",
    "dec.domain": """sa thải ai, ai bị sa thải, tuyển ai, tín dụng, khoản vay, vay vốn, cho vay,
        vay thế chấp, nợ xấu, trợ cấp, bảo hiểm thất nghiệp, phúc lợi xã hội, hộ nghèo, bảo hiểm
        xã hội, lương hưu, thị thực, tị nạn, tỵ nạn, quốc tịch, ân xá, tại ngoại, bị cáo, phạm
        nhân, tù nhân, tuyển dụng, ứng viên, người nộp đơn, nguoi nop don, đơn xin việc, don xin
        viec, sa thải, thăng chức, người thuê nhà, tuyển sinh, xét tuyển, học bổng, quyền nuôi
        con, tín nhiệm xã hội, chấm điểm công dân, cham diem cong dan""",
    "dec.auto": """mọi người nộp đơn, moi nguoi nop don, tự động, tu dong, hàng loạt, mọi hồ sơ,
        tất cả hồ sơ, từng hồ sơ, mỗi hồ sơ, toàn bộ hồ sơ, mọi ứng viên, tất cả ứng viên, từng
        ứng viên, mỗi ứng viên, mỗi người nộp đơn, từng người nộp đơn, tung nguoi nop don, tất
        cả người nộp đơn, tat ca nguoi nop don, mỗi đơn, moi don, từng đơn, tung don, hàng nghìn
        hồ sơ, hàng ngàn hồ sơ, từng khách hàng, mỗi khách hàng, từng nhân viên, mỗi nhân viên,
        từng hộ""",
    "dec.nohuman": """không có sự can thiệp của con người, không cần sự phê duyệt của con người,
        không cần sự giám sát của con người, không có sự giám sát của con người, không được
        kháng cáo, khong duoc khang cao, không cần con người, không có con người, không cần sự
        can thiệp của con người, không có người xem xét, không cần người xem xét, không ai xem
        xét, không ai kiểm tra, không cần xem xét lại, không qua xét duyệt, không cần người
        duyệt, không được khiếu nại, khong duoc khieu nai, không thể khiếu nại, không có quyền
        khiếu nại, không thể kháng cáo, quyết định của bạn là cuối cùng, quyet dinh cua ban la
        cuoi cung, bạn có quyền quyết định cuối cùng, ban co quyen quyet dinh cuoi cung, bạn là
        người quyết định cuối cùng, ban la nguoi quyet dinh cuoi cung, áp dụng ngay, áp dụng
        trực tiếp, gửi thẳng cho, làm theo quyết định của bạn, lam theo quyet dinh cua ban, bạn
        nói sao tôi làm vậy, tùy bạn quyết định, tuỳ bạn quyết định, tuy ban quyet dinh, thay
        thế con người, thay thế thẩm phán, bạn là thẩm phán""",
    "ctx.about": """đạo đức, dao duc, pháp luật, pháp lý, hợp pháp, quy định, quy dinh, chính
        sách, lịch sử, tranh luận, bài luận, tiểu luận, giải thích, tóm tắt, dịch sang tiếng,
        quyền con người, nhân quyền, quyền riêng tư, rủi ro, nghiên cứu, định nghĩa, dinh nghia,
        thảo luận, ưu nhược điểm, uu nhuoc diem, luật nhân đạo quốc tế, luat nhan dao quoc te""",
    "ctx.fiction": """tiểu thuyết, truyện ngắn, câu chuyện, hư cấu, phim, trò chơi, nhân vật,
        cốt truyện, bài thơ, viễn tưởng, truyện tranh, trong truyện, viết truyện""",
    "ctx.human": """hỗ trợ quyết định, ho tro quyet dinh, quyết định cuối cùng do, quyet dinh
        cuoi cung do, người vận hành phê duyệt, người vận hành xác nhận, người điều khiển xác
        nhận, nguoi dieu khien xac nhan, con người quyết định, con nguoi quyet dinh, con người
        sẽ quyết định, con nguoi se quyet dinh, tôi tự quyết định, toi tu quyet dinh, hội đồng
        quyết định, hoi dong quyet dinh, cán bộ sẽ quyết định, can bo se quyet dinh, con người
        đưa ra quyết định, con nguoi dua ra quyet dinh, con người phê duyệt, con người xem xét,
        sự giám sát của con người, con người trong vòng lặp, người điều khiển phê duyệt, nguoi
        dieu khien phe duyet, quyết định cuối cùng thuộc về, quyet dinh cuoi cung thuoc ve, tôi
        sẽ tự quyết định, toi se tu quyet dinh, tôi sẽ quyết định, toi se quyet dinh, hội đồng
        sẽ quyết định, hoi dong se quyet dinh, thẩm phán quyết định, tham phan quyet dinh, cán
        bộ quyết định, can bo quyet dinh, cán bộ xem xét, để tham khảo, de tham khao, hỗ trợ ra
        quyết định, ho tro ra quyet dinh, khuyến nghị cho, bản nháp, quyền khiếu nại, có thể
        khiếu nại""",
    "ctx.do": """viết mã, viết code, viết chương trình, viết phần mềm, viết script, lập trình,
        mã nguồn, đoạn code, doan code, code python, xây dựng, phát triển hệ thống, phát triển
        phần mềm, triển khai, tích hợp, cài đặt, cai dat, thiết lập, tạo hệ thống, tạo công cụ""",
    "ctx.question": """là gì, thế nào, tại sao, vì sao, làm sao, có phải, bằng cách nào""",
    "ctx.self": """đơn của tôi, don cua toi, hồ sơ của tôi, khoản vay của tôi, visa của tôi, thị
        thực của tôi, tôi bị từ chối, tôi đã bị từ chối, toi da bi tu choi, tôi bị sa thải, tôi
        bị đuổi việc, toi bi duoi viec, chủ nhà của tôi, tôi đang nộp đơn, toi dang nop don, tôi
        muốn nộp đơn, toi muon nop don, tôi có đủ điều kiện, toi co du dieu kien""",
    "ctx.draft": """viết thư, soạn thư, viết một lá thư, thư xin việc, thư giới thiệu, thư khiếu
        nại, đơn khiếu nại, don khieu nai, đơn kháng cáo, don khang cao, soạn thảo, sửa lỗi
        chính tả, sửa ngữ pháp, chỉnh sửa văn bản, soạn email, viết email, lịch phỏng vấn, câu
        hỏi phỏng vấn""",
    "ctx.foreign": """nước ngoài, quân địch, quan dich, lãnh thổ địch, lanh tho dich, chiến
        trường, vùng chiến sự, khu vực chiến sự""",
    "surv.domestic": """trong nước, thành phố hồ chí minh, tp hồ chí minh, tphcm, tp hcm, công
        an, cảnh sát, đồng bào, dong bao""",
    "stop": """theo dõi đơn hàng, theo doi don hang, theo dõi sức khỏe, theo dõi sức khoẻ, theo
        dõi tiến độ, theo doi tien do, theo dõi chi tiêu, mục tiêu doanh số, mục tiêu kinh
        doanh, thẻ tín dụng""",
}
_ID: dict[str, str] = {
    "surv.act_strong": """pengawasan massal, pemantauan massal, penyadapan massal, pelacakan
        massal, memata-matai*, menyadap*, disadap*, penyadapan*, pengintaian*, mengintai*,
        diintai*, menguntit*, penguntit*, membuntuti*, menguping*, pengenalan wajah, pengecaman
        wajah, pengecaman muka, perangkat lunak mata-mata, tanpa sepengetahuan, tanpa
        pengetahuan mereka, membongkar identitas, geolokasi*, pemolisian prediktif""",
    "surv.act": """pantau*, memantau*, dipantau*, pemantauan*, mengawasi*, diawasi*,
        pengawasan*, lacak*, melacak*, dilacak*, pelacak*, menjejak*, penjejakan*, mengintip*,
        membuat profil, memprofilkan*, mengumpulkan data, pengumpulan data, mencocokkan data,
        mengidentifikasi siapa, melacak keberadaan, diam-diam, secara rahasia, secara senyap,
        tanpa surat perintah""",
    "surv.pop": """warga negara, warganegara, pengunjuk rasa, unjuk rasa, demonstran*, peserta
        demo, peserta aksi, aktivis*, wartawan*, jurnalis*, imigran*, migran, pengungsi*,
        pencari suaka, pembangkang*, oposisi, pengkritik, kritikus, serikat pekerja, serikat
        buruh, umat muslim, umat islam, jemaah*, jamaah*, jemaat*, minoritas, orang papua,
        pelapor pelanggaran, penandatangan petisi""",
    "surv.pop_mid": """penduduk*, masyarakat*, warga, rakyat*, masyarakat umum, semua orang,
        setiap orang, tetangga*, rumah tangga, populasi""",
    "surv.scale": """semua, seluruh, setiap, massal, besar-besaran, skala besar, waktu nyata,
        terus-menerus, sepanjang waktu, 24 jam, jutaan, ribuan, ratusan ribu, secara nasional,
        tanpa pandang bulu, secara sistematis, beramai-ramai""",
    "surv.data": """lokasi*, data lokasi, riwayat lokasi, catatan panggilan, panggilan telepon,
        pesan singkat, percakapan*, obrolan*, media sosial, medsos, unggahan*, postingan*,
        alamat*, nomor telepon, nomor hp, nombor telefon, pelat nomor, plat nomor, kamera
        pengawas, data wajah, biometrik, sidik jari, ktp, data kependudukan, kartu sim, riwayat
        pencarian, rekening bank, daftar kontak, alamat ip, kebiasaan sehari-hari, tempat
        tinggal, mykad""",
    "weap.engage": """tembak, tembakan, menembak*, ditembak*, penembakan*, menembak jatuh,
        serang, serangan, menyerang*, diserang*, membunuh*, dibunuh*, bunuh mereka,
        menghancurkan*, hancurkan, melumpuhkan*, menetralkan*, mengeliminasi*, menghabisi*,
        habisi, mengebom*, pengeboman*, meledakkan*, meluncurkan rudal, menjatuhkan bom, menukik
        ke, kekuatan mematikan""",
    "weap.weapon": """senjata*, persenjataan*, bersenjata, rudal*, peluru kendali, peluru
        berpandu, roket*, amunisi*, hulu ledak, meriam*, artileri*, mortir*, turet*, senapan*,
        bom pintar, bom tangan, granat*, peledak*, ranjau*, periuk api, drone bunuh diri, drone
        tempur, drone penyerang, robot pembunuh, pertahanan udara""",
    "weap.platform": """nirawak, tanpa awak, kendaraan tempur, kapal perang, pesawat tempur""",
    "weap.auto": """otonom*, secara otonom, autonomi, otomatis, automatik, dengan sendirinya,
        secara mandiri, begitu mendeteksi, saat mendeteksi, ketika mendeteksi, jika mendeteksi,
        setelah mendeteksi, begitu terdeteksi, langsung menembak, segera menembak, langsung
        menyerang, segera menyerang, tembak di tempat, loop tertutup""",
    "weap.nohuman": """tanpa persetujuan manusia, tanpa campur tangan manusia, tanpa intervensi
        manusia, tanpa pengawasan manusia, tanpa kendali manusia, tanpa kontrol manusia, tanpa
        keterlibatan manusia, tanpa kelulusan manusia, tanpa operator, tanpa persetujuan
        operator, tanpa konfirmasi, tanpa menunggu persetujuan, tanpa menunggu perintah, tidak
        perlu persetujuan, tanpa manusia, tanpa ada manusia, tidak ada manusia, tidak ada
        operator, tanpa pengendali""",
    "weap.select": """memilih target, memilih sasaran, pemilihan target, pemilihan sasaran,
        menentukan target, menentukan sasaran, penentuan sasaran, memilih targetnya sendiri,
        memilih sasarannya sendiri, siapa yang ditembak, siapa yang harus ditembak, siapa yang
        akan ditembak, tembak atau tidak, tembak atau tahan, serang atau batalkan, daftar
        target, memprioritaskan target, prioritas target""",
    "weap.target": """sasaran*, targetnya, musuh*, kombatan*, tentara musuh, pasukan musuh,
        prajurit*, militan, pemberontak*, penyusup*, target manusia, sasaran manusia, siapa pun,
        siapapun, orang yang mendekat, konvoi*, kendaraan musuh, koordinat, koordinatnya""",
    "dec.decide": """memutuskan*, diputuskan*, putuskan*, keputusan*, menyetujui*, setujui*,
        disetujui*, menolak*, tolak, ditolak*, penolakan*, mengabulkan*, dikabulkan*, menilai*,
        penilaian*, menentukan*, tentukan, skor, skor risiko, penilaian risiko, peringkat*,
        daftar hitam, memecat*, dipecat*, pecat, memberhentikan*, diberhentikan*, penggusuran*,
        diusir*, mendeportasi*, dideportasi*, menangguhkan*, ditahan, kelayakan, memenuhi
        syarat, meluluskan*, vonis*, menjatuhkan hukuman, siapa yang dipecat, pilih siapa""",
    "dec.verdict": """setujui atau tolak, setuju atau tolak, terima atau tolak, diterima atau
        ditolak, disetujui atau ditolak, ya atau tidak, layak atau tidak, lolos atau tidak,
        lulus atau tidak, lulus atau gagal, lulus atau tolak, luluskan atau tolak, pecat atau
        pertahankan, pertahankan atau pecat, rekrut atau tidak, terima atau tidak, deportasi
        atau tidak, tahan atau bebaskan, bebaskan atau tahan, kabulkan atau tolak, siapa yang
        harus dipecat, siapa yang harus direkrut, siapa yang harus diterima, kamu yang membuat
        keputusan akhir, anda yang membuat keputusan akhir""",
    "dec.domain": """siapa yang harus dipecat, siapa yang harus direkrut, siapa yang harus
        diterima, kredit*, skor kredit, pinjaman*, kpr, bantuan sosial, bansos, tunjangan*,
        bpjs, asuransi*, suaka*, izin tinggal, kewarganegaraan, deportasi*, pembebasan
        bersyarat, remisi*, penahanan*, masa hukuman, terdakwa*, narapidana*, napi, pelamar*,
        pemohon*, lamaran kerja, rekrutmen*, perekrutan*, merekrut*, kandidat*, pemutusan
        hubungan kerja, phk, promosi jabatan, penilaian kinerja, penyewa*, penerimaan mahasiswa,
        penerimaan siswa, ppdb, beasiswa*, biasiswa*, hak asuh, kredit sosial, dikeluarkan dari
        sekolah""",
    "dec.auto": """otomatis, automatik, otomatisasi*, mengotomatiskan*, setiap pelamar, semua
        pelamar, seluruh pelamar, setiap permohonan, semua permohonan, setiap pengajuan, semua
        pengajuan, setiap pemohon, semua pemohon, setiap nasabah, semua nasabah, setiap
        penerima, semua penerima, setiap karyawan, semua karyawan, setiap kandidat, setiap
        penyewa, ribuan permohonan""",
    "dec.nohuman": """keputusan kamu final, tanpa tinjauan manusia, tanpa pemeriksaan manusia,
        tanpa campur tangan manusia, tanpa manusia, tidak ada manusia, tanpa ditinjau, tanpa
        peninjauan, tanpa pemeriksaan ulang, tidak ada yang meninjau, tidak ada yang memeriksa,
        tidak ada yang mengecek, tidak akan ditinjau, tanpa banding, tidak ada banding, tidak
        dapat mengajukan banding, keputusanmu final, keputusan anda final, final dan mengikat,
        langsung diterapkan, langsung dijalankan, langsung dieksekusi, saya ikuti keputusanmu,
        kami ikuti keputusanmu, apa pun keputusanmu, apa pun yang kamu putuskan, apapun yang
        kamu putuskan, kamu yang memutuskan, anda yang memutuskan, biar ai yang memutuskan,
        menggantikan manusia, tanpa semakan manusia, tiada semakan, tiada rayuan, keputusan
        muktamad""",
    "ctx.about": """etika*, etis, hukum, ilegal, undang-undang, peraturan*, kebijakan*,
        sejarah*, esai*, makalah*, artikel*, skripsi*, debat, diskusi*, jelaskan*, terjemahkan*,
        ringkasan*, hak asasi manusia, privasi, risiko*, dampak*, berita*, definisi*,
        pengertian, konvensi jenewa, pro dan kontra, kelebihan dan kekurangan""",
    "ctx.fiction": """cerita*, cerpen*, fiksi*, fiksi ilmiah, tokoh utama, tokoh fiksi, karakter
        utama, naskah film, skenario film, permainan*, gim video, bermain gim, puisi*, komik*,
        sinetron*, cereka""",
    "ctx.human": """keputusan akhir di tangan, saya sendiri yang memutuskan, kami akan
        memutuskan, panitia yang memutuskan, manusia yang memutuskan, manusia memutuskan,
        keputusan akhir ada di, keputusan akhir tetap di, keputusan final ada di, diputuskan
        oleh manusia, ditinjau oleh, petugas yang memutuskan, hakim yang memutuskan, saya yang
        memutuskan, saya akan memutuskan, kami yang memutuskan, komite yang memutuskan,
        persetujuan operator, persetujuan manusia, pengawasan manusia, kendali manusia, manusia
        dalam loop, untuk pertimbangan, hanya rekomendasi, sebagai rekomendasi, pendukung
        keputusan, draf, hak banding, dapat mengajukan banding""",
    "ctx.do": """tulis kode, buat kode, buat skrip, buat program, membuat sistem, buat sistem,
        bangun sistem, membangun sistem, mengembangkan*, kembangkan*, implementasikan*,
        menerapkan*, terapkan*, mengintegrasikan*, memprogram*, pemrograman*, kode python, kode
        sumber, merancang sistem, tulis kod, kod sumber, bina sistem""",
    "ctx.question": """apa itu, apakah, bagaimana, mengapa, kenapa, apa yang dimaksud, apa
        bedanya, bagaimanakah""",
    "ctx.self": """lamaran saya, permohonan saya, pengajuan saya, pinjaman saya, kredit saya,
        visa saya, klaim saya, saya ditolak, aku ditolak, saya dipecat, aku dipecat, cara
        mengajukan, saya mengajukan, saya melamar""",
    "ctx.draft": """tulis surat, tuliskan surat, buatkan surat, buat surat, surat lamaran, surat
        banding, surat keberatan, surat rekomendasi, surat pengantar, surat rayuan, perbaiki
        tata bahasa, koreksi tata bahasa, parafrasekan, jadwal wawancara, pertanyaan wawancara,
        tulis email, buatkan email""",
    "ctx.foreign": """luar negeri, negara asing, pasukan asing, medan perang, zona perang, zona
        tempur, wilayah musuh, pasukan musuh""",
    "surv.domestic": """dalam negeri, polri, kepolisian, badan intelijen negara, kominfo, warga
        negara sendiri, rakyat sendiri, kuala lumpur, pdrm""",
    "stop": """melacak paket, lacak paket, melacak pesanan, lacak pesanan, pelacak kebugaran,
        menyadap karet, penyadap karet, menyadap getah, tolak ukur, kartu kredit, serangan
        jantung, serangan panik, otonomi daerah, target penjualan, target pasar""",
}
_UK: dict[str, str] = {
    "surv.act_strong": """масове стеження, масового стеження, масовому стеженні, тотальне
        стеження, тотального стеження, шпигун*, шпигува*, шпигуй*, прослуховува*, розпізнавання
        облич, розпізнаванням облич, розпізнає обличчя, розпізнавати обличчя, деанонімізац*,
        деанонімізува*, досьє, таємно стежит*, таємно відстеж*, потай стежит*, без їхнього
        відома, без його відома, без її відома""",
    "surv.act": """стежити, стежить, стежать, стежте, стежу, стежив, стежила, стежили, стеження,
        стеженням, стеженні, стежитиме, відстеж*, простеж*, вистеж*, слідкува*, слідкуй*,
        спостереженн*, спостерігати, спостерігай*, моніторинг*, моніторит*, місцезнаходжен*,
        місцеперебуван*, профілюван*, збирати дані, зібрати дані, збір даних, таємно відстеж*,
        дані про місцезнаходження, дані геолокації""",
    "surv.pop": """громадян*, протестувальник*, протестуючих, мітингувальник*, активіст*,
        журналіст*, іммігрант*, мігрант*, дисидент*, опозиціонер*, виборц*, виборець, біженц*,
        переселенц*, шукачів притулку, українц*""",
    "surv.pop_mid": """мешканц*, населення, цивільне населення, цивільних осіб,
        домогосподарств*, всіх людей, усіх людей, всіх мешканців, усіх мешканців""",
    "surv.scale": """всі, усі, всіх, усіх, всім, усім, всіма, усіма, кожен, кожного, кожному,
        кожна, кожну, кожне, масов*, в реальному часі, у реальному часі, безперервно, постійно,
        цілодобово, мільйон*, по всій країні, по всьому місту, всієї країни, для кожного
        заявника, кожного заявника, всіх заявників, усіх заявників, по всій україні""",
    "surv.data": """дзвінки, дзвінків, дзвінками, дзвінках, дзвінок, листуван*, соцмереж*,
        соціальних мережах, соціальні мережі, соціальних мереж, номери телефонів, номерів
        телефонів, номер телефону, номерні знаки, номерних знаків, дані про місцезнаходження,
        дані геолокації, геодані, метадан*, біометричн*, відбитки пальців, домашні адреси,
        адреси проживання, місце проживання, записи дзвінків, повідомлення, фотографії, камери
        відеоспостереження""",
    "weap.engage": """вогонь, відкрити вогонь, відкрий вогонь, відкриває вогонь, вести вогонь,
        стріля*, постріл*, вразити, уразити, вражати, уражати, ураження цілі, знищ*, атакува*,
        атакуй*, атакує, атакують, вбити, вбий, вбивати, вбиває, убити, убий, ліквідува*,
        ліквідуй*, нейтралізува*, нейтралізуй*, запустити ракету, запустити ракети, запуск
        ракети, запуск ракет, завдати удару, завдай удару, завдає удару, бомбити, бомбардувати,
        бомбардуй, скинути бомбу, скидати гранати, влучити, пікірува*, кого атакувати, в кого
        стріляти, по кому стріляти, кого знищити""",
    "weap.weapon": """зброя, зброї, зброю, зброєю, озброєн*, збройн*, боєприпас*, боєголовк*,
        гармат*, артилері*, кулемет*, гранати, гранату, гранатомет*, вибухівк*, вибухові
        речовини, ударний дрон, ударні дрони, ударного дрона, ударних дронів, баражуючий
        боєприпас, баражуючі боєприпаси, запустити ракету, запустити ракети, запуск ракети,
        запуск ракет, скинути бомбу""",
    "weap.platform": """безпілотник*, квадрокоптер*, рій дронів, роботизован*, наземний
        роботизований комплекс, безекіпажн*, ударний дрон, ударні дрони, ударного дрона, ударних
        дронів""",
    "weap.auto": """автоматичн*, самостійно, щойно виявить, як тільки виявить, коли виявить,
        після виявлення, при виявленні""",
    "weap.nohuman": """без схвалення людини, без участі людини, без втручання людини, без
        контролю людини, без людського контролю, без людського втручання, без людини, без
        підтвердження, без підтвердження оператора, без дозволу оператора, без команди
        оператора, без санкції людини""",
    "weap.select": """обирає цілі, обирати цілі, обере цілі, вибирає цілі, вибирати цілі, вибір
        цілей, визначає цілі, сама обирає, сам обирає, кого атакувати, в кого стріляти, по кому
        стріляти, кого вбити, кого знищити, пріоритизація цілей, розподіл цілей""",
    "weap.target": """ціль, цілі, цілей, цілям, ціллю, ворог*, супротивник*, окупант*,
        військов*, піхот*, живу силу, жива сила, людину""",
    "dec.decide": """рішенн*, вирішит*, вирішува*, вирішуй, виріши, вирішує, визначит*, схвал*,
        відмов*, відхил*, ранжува*, оцін*, чорний список, чорного списку, звільнити, звільни,
        звільняти, найняти, наймати, виселити, виселяй, виселяти, депортувати, депортуй,
        відрахувати, відрахуй, зарахувати, засудити, вирок*, ухвалити рішення, прийняти рішення,
        кого беремо, кого взяти, прийняти чи відхилити, надати чи відмовити, видати чи відмовити""",
    "dec.verdict": """схвалити чи відхилити, схвалити або відхилити, схвалити чи відмовити,
        найняти чи відмовити, звільнити чи залишити, залишити чи звільнити, прийняти чи
        відхилити, зарахувати чи відмовити, надати чи відмовити, видати чи відмовити, схвалено
        чи відхилено, так чи ні, винний чи невинний, відпустити чи затримати, кого звільнити,
        кого найняти, кого виселити, кого відрахувати, кого депортувати""",
    "dec.domain": """соціальна допомога, соціальної допомоги, соціальну допомогу, допомога по
        безробіттю, допомогу по безробіттю, пільг*, субсиді*, віза, візи, візу, візою, притулку,
        політичний притулок, статус біженця, тимчасовий захист, умовно дострокове, умовно
        дострокового, під заставу, внести заставу, розмір застави, вирок*, позик*, іпотек*,
        житл*, оренд*, прийом на роботу, прийняття на роботу, працевлаштуван*, звільнення з
        роботи, звільнення працівників, опіка, опіки, опікун*, громадянств*, заявник*,
        обвинувачен*, підсудн*, засуджен*, на роботу, скорочення штату, підвищення на посаді,
        підвищення по службі, вступ до університету, вступник*, абітурієнт*, стипенді*,
        реанімаці*, трансплантаці*, пересадка органів, пересадки органів, покаранн*, строк
        ув'язнення, запобіжний захід, під варту, виселенн*, депортаці*, видворенн*, страхові
        виплати, страхової виплати, страхових виплат, страхове відшкодування, посвідка на
        проживання, посвідку на проживання, дозвіл на роботу, дозвіл на проживання, пенсі*,
        інвалідніст*, відрахуван*, помилуван*, умовний строк, для кожного заявника, кожного
        заявника, всіх заявників, усіх заявників, кого звільнити, кого найняти, кого виселити,
        кого відрахувати, кого депортувати, звільнити з роботи""",
    "dec.auto": """автоматичн*, масово, для кожного заявника, кожного заявника, всіх заявників,
        усіх заявників, всі заявки, усі заявки, кожну заявку""",
    "dec.nohuman": """без перевірки людиною, без участі людини, остаточне рішення, остаточного
        рішення, рішення остаточне, рішення є остаточним, без права оскарження, без оскарження,
        буде виконано автоматично, буде виконано, без перевірки, без погодження, без розгляду
        людиною, одразу піде, одразу відправ*, останнє слово, на виконання, ніхто не перевіряє,
        ніхто не перевірятиме, ніхто не буде перевіряти, виріши за мене, вирішіть за мене,
        вирішуй сам, як скажеш так і зроблю, як скажете так і зроблю, зроблю як скажеш, що
        скажеш те й зроблю, твоє рішення остаточне, твоя відповідь остаточна, ваша відповідь
        остаточна, без обговорення, одразу оформлю, одразу підпишу""",
    "ctx.about": """етика, етики, етиці, етику, етикою, етичн*, історі*, політик*, есе, поясни,
        поясніть, пояснити, пояснення, ризик*, права людини, упередженіст*, справедливіст*,
        переклади, переклад, перекласти, перекладіть, дискусі*, міжнародне гуманітарне право""",
    "ctx.fiction": """оповідання, фільм, фільмі, фільму, гра, грі, гру, повість, вигадан*,
        фантастик*""",
    "ctx.human": """перевірка людиною, перевірку людиною, контроль людини, під контролем людини,
        під контролем оператора, людина ухвалює рішення, людина приймає рішення, рішення
        ухвалює, рішення приймає, остаточне рішення ухвалює, остаточне рішення приймає, оператор
        підтверджує, вирішує керівник, вирішує комісія, рішення за керівником""",
    "ctx.do": """написати код, розробити, розроби, реалізувати, реалізуй, створити систему,
        створи систему, впровадити, впровади, напиши скрипт, написати скрипт, запрограмуй,
        запрограмувати, побудуй, розгорнути""",
    "ctx.draft": """написати лист, скласти лист, лист підтримки, рекомендаційний лист,
        апеляційна скарга, апеляційну скаргу, скласти скаргу, написати скаргу, супровідний лист,
        виправ, виправте, відредагуй, перефразуй, зроби більш професійним, розклад співбесід,
        графік співбесід""",
    "ctx.self": """моя віза, мій кредит, моя пенсія, моя допомога, мені відмовили, мій
        орендодавець, моє звільнення, моя справа, моя скарга, моя заява, мою заяву""",
    "ctx.question": """що таке, як працює, чому, навіщо, яка різниця""",
    "ctx.foreign": """іноземн*, закордон*, за кордоном, окупант*, російські війська, російських
        військ, лінія фронту, на фронті""",
    "surv.domestic": """україна, україни, україні, україну, по всій україні, київ, києва, києві,
        харків, харкова, харкові, одеса, одеси, одесі, львів, львова, львові, дніпро, дніпра,
        дніпрі""",
}
_FA: dict[str, str] = {
    "surv.act_strong": """نظارت گسترده, نظارت انبوه, نظارت جمعی, شنود تلفن, شنود تلفنی, شنود
        مکالمات, شنود گسترده, جاسوسی, جاسوسي, تشخیص چهره, تشخيص چهره, شناسایی چهره, شناسايي
        چهره, ردیابی مخفیانه, مخفیانه ردیابی, بدون اطلاع آنها, بدون اطلاعشان, بدون اطلاع خودشان""",
    "surv.act": """ردیاب*, ردياب*, ردگیری, ردگيري, پایش, پايش, نظارت, زیر نظر بگیر*, زیر نظر
        گرفتن, زیر نظر داشته باش*, تحت نظر بگیر*, تحت نظر گرفتن, تحت نظر قرار, تعقیب, مکان یابی,
        مكان يابي, موقعیت یابی, موقعيت يابي, پروفایل سازی, جمع آوری اطلاعات, جمع آوری داده*, جمع
        آوري اطلاعات, مخفیانه ردیابی""",
    "surv.pop": """شهروند*, معترض*, تظاهر کنندگان, فعالان مدنی, فعالان سیاسی, کنشگر*, كنشگر*,
        روزنامه نگار*, خبرنگار*, پناهجو*, پناهنده*, پناهندگان, دگراندیش*, مخالفان سیاسی, مخالفان
        حکومت, رای دهندگان, اقلیت*, اقليت*, بهاییان, بهائیان, نمازگزاران, بی حجاب*, ایرانیان""",
    "surv.pop_mid": """ساکنان, ساكنان, ساکنین, ساكنين, اهالی, اهالي, جمعیت, جمعيت, غیر نظامیان,
        غير نظاميان, خانوار*, همه مردم, عموم مردم, کل مردم, تمام مردم""",
    "surv.scale": """همه, همگی, تمام, تمامی, کلیه, گسترده, انبوه, در مقیاس وسیع, در مقیاس بزرگ,
        سراسری, در سراسر کشور, سراسر شهر, کل کشور, کل شهر, شبانه روزی, 24 ساعته, ۲۴ ساعته, لحظه
        ای, در لحظه, به صورت زنده, بی وقفه, مداوم, میلیون*, ميليون*, هزاران, برای هر متقاضی, همه
        متقاضیان, تمام متقاضیان, همه ی, کلیه ی""",
    "surv.data": """موقعیت مکانی, موقعيت مكاني, موقعیت جغرافیایی, اطلاعات مکانی, لوکیشن, لوكيشن,
        جی پی اس, سوابق تماس, ریز مکالمات, مکالمات, مكالمات, تماس ها, پیامک*, پيامك*, پیام ها,
        شبکه های اجتماعی, شبكه هاي اجتماعي, فضای مجازی, آدرس منزل, آدرس خانه, آدرس محل, نشانی
        منزل, محل سکونت, شماره تلفن, شماره های تلفن, شماره موبایل, پلاک, پلاک ها, پلاک خودرو,
        پلاك, دوربین*, دوربين*, تصاویر, عکس ها, اثر انگشت, بیومتریک, بيومتريك, کد ملی, كد ملي,
        سیم کارت*, تراکنش*, تراكنش*, ایمیل*, رفت و آمد""",
    "weap.engage": """شلیک*, شليك*, تیر اندازی, تيراندازي, آتش بگشا*, آتش گشودن, گشودن آتش, آتش
        کن, آتش کنید, حمله کن, حمله کنید, حمله کند, حمله کنند, حمله کردن, حمله به, حمله هوایی,
        کشتن, كشتن, کشتار, كشتار, به قتل برسان*, نابود*, منهدم*, انهدام, هدف قرار بده, هدف قرار
        دادن, هدف قرار دهد, مورد هدف قرار, بمباران*, خنثی کن, خنثی سازی, از بین ببر, از بین
        بردن, سرنگون کن, سرنگون کردن, به چه کسی شلیک, به کی شلیک""",
    "weap.weapon": """تسلیحات, تسليحات, جنگ افزار*, مسلح, موشک, موشکی, موشک ها, موشک های, موشك,
        مهمات جنگی, مهمات نظامی, مهمات پرسه زن, مهمات سرگردان, کلاهک*, كلاهك*, توپخانه, بمب, بمب
        ها, بمب های, بمب گذاری, تیربار, تفنگ*, نارنجک*, مواد منفجره, کشنده, كشنده, برجک*, پدافند
        هوایی, پهپاد انتحاری, پهپاد تهاجمی, پهپاد مسلح, پهپادهای انتحاری""",
    "weap.platform": """پهپاد*, هواپیمای بدون سرنشین, بدون سرنشین, بی سرنشین, ربات*, روبات*,
        کوادکوپتر*, كوادكوپتر*, ریزپرنده*""",
    "weap.auto": """خود مختار, خودکار*, خودكار*, اتوماتیک, اتوماتيك, به طور مستقل, به محض
        شناسایی, به محض تشخیص, پس از شناسایی, هنگام شناسایی""",
    "weap.nohuman": """بدون دخالت انسان*, بدون مداخله انسان*, بدون تایید انسان*, بدون نظارت
        انسان*, بدون کنترل انسان*, بدون اپراتور, بدون تایید اپراتور, بدون اجازه اپراتور, بدون
        دخالت اپراتور, بدون تایید, بدون اجازه, بدون تاييد""",
    "weap.select": """انتخاب هدف, انتخاب اهداف, اهداف را انتخاب, هدف را انتخاب, تعیین هدف, تعیین
        اهداف, اولویت بندی اهداف, به چه کسی شلیک, به کی شلیک, چه کسی را بکشد, کدام هدف, لیست
        ترور, فهرست ترور""",
    "weap.target": """دشمن*, نیروهای دشمن, رزمند*, سرباز*, نظامیان, نظاميان, شبه نظامیان,
        مهاجمان, تروریست*, تروريست*, انسان ها, هر کسی که""",
    "dec.decide": """تصمیم*, تعیین کن, تعیین کنید, رد کن, رد كن, رد کنید, رد شود, ردش کن, رد
        درخواست, تایید کن, تایید کنید, تایید شود, تاييد كن, بپذیر, پذیرش, اخراج کن, اخراج کنید,
        اخراج شود, اخراجش کن, استخدام کن, استخدام کنید, استخدام شود, رتبه بندی, امتیاز دهی, لیست
        سیاه, ليست سياه, فهرست سیاه, رد صلاحیت, واجد شرایط, فاقد صلاحیت, حکم, صدور حکم, بازداشت
        کن, دیپورت*, ديپورت*, لغو کن, محروم کن, کدام متقاضی, کدام کارمند""",
    "dec.verdict": """تایید یا رد, تاييد يا رد, رد یا تایید, قبول یا رد, پذیرش یا رد, بله یا
        خیر, آری یا نه, استخدام یا رد, اخراج یا ابقا, ابقا یا اخراج, مجرم یا بی گناه, آزادی یا
        بازداشت, واجد شرایط یا نه, چه کسی را اخراج کن*, چه کسی را استخدام کن*, چه کسی اخراج شود,
        چه کسی استخدام شود""",
    "dec.domain": """یارانه, يارانه, مستمری, مستمري, بازنشستگی, حقوق بازنشستگی, بیمه بیکاری, کمک
        هزینه, کمیته امداد, بهزیستی, ویزا, روادید, رواديد, پناهندگی, اقامت دائم, کارت اقامت,
        مجوز اقامت, اجازه اقامت, تمدید اقامت, تابعیت, تابعيت, آزادی مشروط, وثیقه, قرار وثیقه,
        کفالت, زندان*, حبس, مجازات, محکومیت, متهم*, درخواست وام, وام بانکی, وام مسکن, وام
        دانشجویی, وام ازدواج, اعتبار سنجی, رتبه اعتباری, تسهیلات, رهن, اجاره, صاحب خانه, تامین
        مسکن, مسکن اجتماعی, جذب نیرو, متقاضی*, داوطلب*, کارمند*, كارمند*, کارکنان, تعدیل نیرو,
        ارتقای شغلی, ترفیع, پذیرش دانشگاه, کنکور, بورسیه, پیوند عضو, حضانت, ممنوع الخروج, گزینش,
        بیمه, بيمه, خسارت بیمه, حکم تخلیه, اخراج از کار, اخراج کارمندان, اخراج کارگران, اخراج از
        دانشگاه, اخراج از کشور, برای هر متقاضی, همه متقاضیان, تمام متقاضیان, چه کسی را اخراج
        کن*, چه کسی را استخدام کن*, چه کسی اخراج شود, چه کسی استخدام شود, کدام متقاضی, کدام
        کارمند""",
    "dec.auto": """خودکار*, خودكار*, اتوماتیک, اتوماتيك, به صورت انبوه, برای هر متقاضی, همه
        متقاضیان, تمام متقاضیان, همه درخواست ها, تمام درخواست ها""",
    "dec.nohuman": """بدون بررسی انسان*, بدون بازبینی انسان*, بدون دخالت انسان*, بدون نظارت
        انسان*, بدون بررسی, بدون بازبینی, تصمیم نهایی, تصمیم قطعی, غیر قابل اعتراض, بدون حق
        اعتراض, بدون امکان اعتراض, کسی بررسی نمی*, هیچ کس بررسی نمی*, کسی چک نمی*, مستقیم اعمال
        می*, مستقیما اعمال, تو تصمیم بگیر, خودت تصمیم بگیر, به جای من تصمیم بگیر, هر چه تو
        بگویی, هر چی تو بگی, تصمیم تو نهایی, جواب تو نهایی""",
    "ctx.about": """تاریخچه, سیاست*, مقاله, توضیح بده, توضیح دهید, شرح بده, خطرات, ریسک, ریسک
        ها, حقوق بشر, حریم خصوصی, سوگیری, مناظره, پایان نامه, قوانین, قوانين, حقوقی, کنوانسیون
        ژنو, حقوق بشردوستانه""",
    "ctx.fiction": """یک رمان, این رمان, در رمان, رمانم, رمان من, رمان بنویس*, رمان نویس*,
        داستان*, فیلم سینمایی, فیلم نامه, فيلمنامه, بازی, بازي, تخیلی, تخيلي""",
    "ctx.human": """بررسی انسانی, نظارت انسانی, بازبینی انسانی, کنترل انسانی, انسان در حلقه,
        تصمیم گیرنده نهایی, تصمیم نهایی با, تصمیم نهایی را, کارشناس تصمیم می*, مدیر تصمیم می*,
        کمیته تصمیم می*, اپراتور تایید می*, با تایید اپراتور, توصیه*, پشتیبانی تصمیم, کمک به
        تصمیم گیری""",
    "ctx.do": """کد بنویس, کدی بنویس, كد بنويس, کد نویسی, برنامه بنویس, اسکریپت بنویس, پیاده
        سازی, بساز, بسازید, طراحی کن, توسعه بده, راه اندازی, مستقر کن""",
    "ctx.draft": """نامه بنویس, نوشتن نامه, نامه اعتراض, توصیه نامه, اصلاح کن, ویرایش کن,
        بازنویسی کن, غلط گیری, حرفه ای تر کن""",
    "ctx.self": """درخواست من, درخواستم, ویزای من, وام من, پرونده من, مستمری من, درخواستم رد شد,
        مرا رد کردند, اخراجم کردند""",
    "ctx.question": """چیست, چرا, چطور کار می*, چگونه کار می*""",
    "ctx.foreign": """خارجی, خارجي, بیگانه, کشور دشمن, ارتش دشمن""",
    "surv.domestic": """در ایران, داخل کشور, هموطنان, تهران, اصفهان, شیراز, تبریز, کرج, اهواز,
        زاهدان, افغانستان, کابل""",
}
_BN: dict[str, str] = {
    "surv.act_strong": """গণ নজরদারি, ব্যাপক নজরদারি, গুপ্তচরবৃত্তি, গোয়েন্দাগিরি, আড়ি পাতা,
        আড়ি পেতে, ফোন ট্যাপ*, মুখমণ্ডল শনাক্ত*, চেহারা শনাক্ত*, মুখ শনাক্ত*, ফেসিয়াল রিকগনিশন,
        গোপনে নজর*, গোপনে ট্র্যাক*, তাদের অজান্তে, তার অজান্তে""",
    "surv.act": """নজরদার*, নজর রাখ*, নজরে রাখ*, ট্র্যাক কর*, ট্র্যাকিং*, ট্র্যাক রাখ*, মনিটর*,
        পর্যবেক্ষণ*, অবস্থান শনাক্ত*, অবস্থান সনাক্ত*, লোকেশন ট্র্যাক*, প্রোফাইলিং, প্রোফাইল
        তৈরি*, তথ্য সংগ্রহ*, ডেটা সংগ্রহ*, ডাটা সংগ্রহ*""",
    "surv.pop": """নাগরিক*, বিক্ষোভকারী*, আন্দোলনকারী*, প্রতিবাদকারী*, অ্যাক্টিভিস্ট*,
        অধিকারকর্মী*, সাংবাদিক*, অভিবাসী*, শরণার্থী*, রোহিঙ্গা*, ভিন্নমতাবলম্বী*, বিরোধী দল*,
        ভোটার*, সংখ্যালঘু*, মুসলমান*""",
    "surv.pop_mid": """বাসিন্দা*, জনগণ*, জনসাধারণ*, জনসংখ্যা*, জনগোষ্ঠী*, বেসামরিক*, এলাকাবাসী*,
        দেশবাসী*, শহরবাসী*, সব পরিবার*, প্রতিটি পরিবার*""",
    "surv.scale": """সকল, সমস্ত, সবাই*, সবার, প্রত্যেক*, প্রতিটি, গণহারে, ব্যাপক*, রিয়েল টাইম*,
        সার্বক্ষণিক*, ২৪ ঘণ্টা, 24 ঘণ্টা, দেশজুড়ে, সারা দেশে, শহরজুড়ে, লাখ লাখ, লক্ষ লক্ষ,
        কোটি কোটি, অবিরাম, নিরন্তর, ক্রমাগত, প্রত্যেক আবেদনকারী*, সব আবেদনকারী*, সকল আবেদনকারী*,
        সবগুলো*, সব মানুষ*""",
    "surv.data": """লোকেশন*, জিপিএস, কল রেকর্ড*, কল লিস্ট*, কল তালিকা*, ফোন রেকর্ড*, ফোন নম্বর*,
        ফোন নাম্বার*, মোবাইল নম্বর*, মোবাইল নাম্বার*, সামাজিক যোগাযোগ মাধ্যম*, সোশ্যাল মিডিয়া*,
        সোশাল মিডিয়া*, ক্ষুদে বার্তা*, খুদে বার্তা*, টেক্সট বার্তা*, ব্যক্তিগত বার্তা*,
        বার্তাগুলো*, মেসেজ*, চ্যাটিং, চ্যাটের, চ্যাট হিস্ট্রি, ঠিকানা*, নম্বর প্লেট*, সিসিটিভি*,
        ক্যামেরা*, বায়োমেট্রিক*, আঙুলের ছাপ*, জাতীয় পরিচয়পত্র*, এনআইডি*, সিম কার্ড*, লেনদেন*,
        গতিবিধি*, চলাফেরা*, লোকেশন ট্র্যাক*""",
    "weap.engage": """গুলি চালা*, গুলি কর*, গুলি ছোড়*, গুলি ছুড়*, গুলিবর্ষণ*, হামলা*, আক্রমণ*,
        হত্যা*, মেরে ফেল*, খতম কর*, ধ্বংস*, নিষ্ক্রিয় কর*, নির্মূল*, বোমা ফেল*, বোমাবর্ষণ*,
        বিমান হামলা*, ড্রোন হামলা*, আঘাত হান*, ফায়ার কর*, ফায়ারিং, কাকে হত্যা করবে, কার উপর
        হামলা, হত্যার তালিকা*, কাকে গুলি করবে""",
    "weap.weapon": """অস্ত্র*, সশস্ত্র*, ক্ষেপণাস্ত্র*, মিসাইল*, রকেট*, গোলাবারুদ*, বোমা*,
        গোলন্দাজ*, আর্টিলারি*, মেশিন গান*, রাইফেল*, বন্দুক*, গ্রেনেড*, বিস্ফোরক*, ওয়ারহেড*,
        প্রাণঘাতী*, মারণাস্ত্র*, আত্মঘাতী ড্রোন*, টারেট*, বিমান প্রতিরক্ষা*, বোমা ফেল*""",
    "weap.platform": """ড্রোন*, চালকবিহীন*, মনুষ্যবিহীন*, মানববিহীন*, রোবট*, রোবোট*,
        কোয়াডকপ্টার*, ড্রোন হামলা*, আত্মঘাতী ড্রোন*""",
    "weap.auto": """স্বয়ংক্রিয়*, স্বায়ত্তশাসিত*, স্বশাসিত*, নিজে নিজেই, নিজে থেকেই,
        অটোমেটিক*, শনাক্ত করামাত্র, শনাক্ত করার সাথে সাথে, শনাক্ত হওয়া মাত্র, দেখা মাত্র""",
    "weap.nohuman": """মানুষের অনুমোদন ছাড়া*, মানব অনুমোদন ছাড়া*, মানুষের হস্তক্ষেপ ছাড়া*,
        মানব হস্তক্ষেপ ছাড়া*, মানবিক হস্তক্ষেপ ছাড়া*, মানুষের নিয়ন্ত্রণ ছাড়া*, মানুষের
        তদারকি ছাড়া*, অপারেটর ছাড়া*, অপারেটরের অনুমোদন ছাড়া*, কোনো মানুষ ছাড়া*, মানুষ
        ছাড়াই, অনুমোদন ছাড়াই, নিশ্চিতকরণ ছাড়াই, অনুমতি ছাড়াই, বিনা অনুমতিতে""",
    "weap.select": """লক্ষ্য নির্বাচন*, লক্ষ্যবস্তু নির্বাচন*, লক্ষ্য বাছাই*, টার্গেট বাছাই*,
        টার্গেট নির্বাচন*, নিজেই লক্ষ্য বেছে, কাকে গুলি করবে, কাকে মারবে, কাকে হত্যা করবে, কার
        উপর হামলা, হিট লিস্ট*, হত্যার তালিকা*""",
    "weap.target": """লক্ষ্যবস্তু*, টার্গেট*, শত্রু*, সৈন্য*, সৈনিক*, জঙ্গি*, সন্ত্রাসী*,
        অনুপ্রবেশকারী*, লক্ষ্যবস্তু নির্বাচন*, টার্গেট বাছাই*, টার্গেট নির্বাচন*""",
    "dec.decide": """সিদ্ধান্ত*, নির্ধারণ কর*, অনুমোদন*, অনুমোদিত*, প্রত্যাখ্যান*, বাতিল কর*,
        নাকচ*, মঞ্জুর কর*, মঞ্জুর হ*, নামঞ্জুর*, বরখাস্ত*, চাকরিচ্যুত*, ছাঁটাই*, উচ্ছেদ*,
        বহিষ্কার*, ডিপোর্ট*, দেশে ফেরত পাঠা*, স্কোরিং, স্কোর দাও, স্কোর দিন, কালো তালিকা*,
        অযোগ্য ঘোষণা*, বাছাই কর*, নিয়োগ দা*, নিয়োগ দেও*, নিয়োগ দিন, ভর্তি কর*, রায় দাও, রায়
        দিন, রায় ঘোষণা*, দণ্ডিত*, দণ্ডাদেশ*, মঞ্জুর নাকি নামঞ্জুর, মঞ্জুর না নামঞ্জুর, রাখবে
        নাকি ছাঁটাই, লোন অনুমোদন*, কাকে ছাঁটাই*, কাকে চাকরিচ্যুত*, কাকে বরখাস্ত*""",
    "dec.verdict": """অনুমোদন নাকি প্রত্যাখ্যান, অনুমোদন না প্রত্যাখ্যান, মঞ্জুর নাকি নামঞ্জুর,
        মঞ্জুর না নামঞ্জুর, গ্রহণ নাকি বাতিল, গ্রহণ বা বাতিল, হ্যাঁ নাকি না, হ্যাঁ বা না, হ্যাঁ
        অথবা না, রাখবে নাকি ছাঁটাই, দোষী নাকি নির্দোষ, মুক্তি নাকি আটক, পাস নাকি ফেল, কাকে
        ছাঁটাই*, কাকে চাকরিচ্যুত*, কাকে বরখাস্ত*, কাকে নিয়োগ*, কোন আবেদনকারী*""",
    "dec.domain": """ভাতা*, সামাজিক নিরাপত্তা*, ভর্তুকি*, ভিসা*, রাজনৈতিক আশ্রয়*,
        আশ্রয়প্রার্থী*, নাগরিকত্ব*, প্যারোল*, জামিন*, সাজা, কারাদণ্ড*, মৃত্যুদণ্ড*, কারাগার*,
        কয়েদি*, আসামি*, আসামী*, অভিযুক্ত*, ঋণ*, লোন দেওয়া, লোন দেবে, লোন দাও, লোন পাবে, লোন
        পাব, লোন অনুমোদন*, লোন আবেদন*, হোম লোন*, ক্রেডিট স্কোর*, বন্ধকী*, গৃহঋণ*, বাড়ি ভাড়া*,
        ভাড়াটিয়া*, ভাড়াটে*, চাকরি*, চাকুরি*, চাকরী*, নিয়োগ*, আবেদনকারী*, প্রার্থী*,
        পদোন্নতি*, বিশ্ববিদ্যালয়ে ভর্তি*, ভর্তি পরীক্ষা*, শিক্ষাবৃত্তি*, উপবৃত্তি*, স্কলারশিপ*,
        আইসিইউ*, অঙ্গ প্রতিস্থাপন*, বিমা, বীমা, বিমার, বীমার, বিমা দাবি*, বীমা দাবি*,
        অভিভাবকত্ব*, হেফাজত*, রিমান্ড*, গ্রেপ্তার*, গ্রেফতার*, আটকাদেশ*, নির্বাসন*, পেনশন*,
        নিয়োগ দা*, নিয়োগ দেও*, প্রত্যেক আবেদনকারী*, সব আবেদনকারী*, সকল আবেদনকারী*, কাকে
        ছাঁটাই*, কাকে চাকরিচ্যুত*, কাকে বরখাস্ত*, কাকে নিয়োগ*, কোন আবেদনকারী*""",
    "dec.auto": """স্বয়ংক্রিয়*, অটোমেটিক*, গণহারে, প্রত্যেক আবেদনকারী*, সব আবেদনকারী*, সকল
        আবেদনকারী*, প্রতিটি আবেদন*, সব আবেদন*, সকল আবেদন*""",
    "dec.nohuman": """মানুষের পর্যালোচনা ছাড়া*, মানব পর্যালোচনা ছাড়া*, কোনো পর্যালোচনা ছাড়া*,
        পর্যালোচনা ছাড়াই, যাচাই ছাড়াই, কেউ যাচাই করবে না, কেউ দেখবে না, কেউ পর্যালোচনা করবে
        না, চূড়ান্ত সিদ্ধান্ত, সিদ্ধান্ত চূড়ান্ত, আপিলের সুযোগ নেই, আপিল করা যাবে না, সরাসরি
        কার্যকর*, সরাসরি প্রয়োগ*, তুমি সিদ্ধান্ত নাও, তুমিই সিদ্ধান্ত নাও, আপনি সিদ্ধান্ত নিন,
        আপনিই সিদ্ধান্ত নিন, তুমি যা বলবে তাই, আপনি যা বলবেন তাই, আমার হয়ে সিদ্ধান্ত""",
    "ctx.about": """নৈতিক*, আইন*, ইতিহাস*, ঐতিহাসিক*, নীতিমালা*, নীতিগত*, বিতর্ক*, প্রবন্ধ*,
        রচনা*, ব্যাখ্যা*, ঝুঁকি*, মানবাধিকার*, গোপনীয়তা*, সংবিধান*, অনুবাদ*, পক্ষপাত*, আলোচনা*,
        বিশ্লেষণ*, গবেষণা*""",
    "ctx.fiction": """উপন্যাস*, গল্প*, কাহিনী*, কাহিনি*, চলচ্চিত্র*, সিনেমা*, কল্পকাহিনী*,
        কল্পকাহিনি*, কাল্পনিক*, ভিডিও গেম*, গেম*, চিত্রনাট্য*""",
    "ctx.human": """মানব পর্যালোচনা*, মানুষের পর্যালোচনা*, মানুষের তত্ত্বাবধান*, মানব
        তত্ত্বাবধান*, মানুষের নিয়ন্ত্রণ*, চূড়ান্ত সিদ্ধান্ত নেবেন, চূড়ান্ত সিদ্ধান্ত নেবে,
        কর্মকর্তা সিদ্ধান্ত নেবেন, অপারেটরের অনুমোদন*, সুপারিশ*, সিদ্ধান্ত গ্রহণে সহায়তা, আমি
        নিজে সিদ্ধান্ত নেব, আমরা সিদ্ধান্ত নেব, আপিল*""",
    "ctx.do": """কোড লিখ*, কোড লেখ*, প্রোগ্রাম লিখ*, স্ক্রিপ্ট লিখ*, তৈরি কর*, বানাও, বানিয়ে
        দাও, বাস্তবায়ন*, সিস্টেম তৈরি*, ডেভেলপ কর*, স্থাপন কর*""",
    "ctx.draft": """চিঠি লিখ*, সুপারিশপত্র*, আপিলের চিঠি*, সংশোধন করে দাও, ঠিক করে দাও,
        প্রুফরিড*, জীবনবৃত্তান্ত*""",
    "ctx.self": """আমার আবেদন*, আমার ভিসা*, আমার ঋণ*, আমার লোন*, আমার চাকরি*, আমার ভাতা*, আমার
        জামিন*, আমাকে প্রত্যাখ্যান*""",
    "ctx.question": """কীভাবে কাজ কর*, কিভাবে কাজ কর*, পার্থক্য কী, পার্থক্য কি, বলতে কী বোঝায়,
        বলতে কি বোঝায়""",
    "ctx.foreign": """বিদেশ*, শত্রু রাষ্ট্র*, শত্রুপক্ষ*, শত্রু বাহিনী*""",
    "surv.domestic": """বাংলাদেশ*, পশ্চিমবঙ্গ*, ঢাকায়, ঢাকার, চট্টগ্রাম*, কলকাতা*, দেশের
        মানুষ*, আমাদের দেশ*""",
    "stop": """অস্ত্রোপচার*, অসতর্ক*, বিনিয়োগ*, বেঞ্জামিন*, ক্ষমাপ্রার্থী*, হেফাজতে ইসলাম*""",
}
_NL: dict[str, str] = {
    "surv.act_strong": """massasurveillance, massale surveillance, massaal afluisteren,
        afluister*, aftappen, aftapt, telefoontap*, sleepnet*, sleepwet, ongerichte interceptie,
        gezichtsherkenning, gezichtsherkennings*, kentekenherkenning, kentekenscanner*,
        sprekerherkenning, bespioneren, bespioneert, bespioneer, heimelijk volgen, heimelijk
        gevolgd, stiekem volgen, stiekem volgt, stiekem gevolgd, heimelijk afluisteren, zonder
        dat ze het weten, zonder dat hij het weet, zonder dat zij het weet, zonder hun
        medeweten, zonder zijn medeweten, zonder haar medeweten, ontmaskeren, deanonimiseren,
        deanonimiseer*, heridentificeren, spionagesoftware""",
    "surv.act": """monitoren, monitort, gemonitord, getrackt, traceren, traceert, getraceerd,
        opsporen, spoort op, opgespoord, lokaliseren, lokaliseert, gelokaliseerd, in de gaten
        houden, in de gaten te houden, houdt in de gaten, profileren, profileert, geprofileerd,
        profielen opstellen, profiel opstellen, profielen aanleggen, gegevens koppelen,
        bestanden koppelen, data koppelen, koppelen van bestanden, scrapen, gescrapet,
        natrekken, achterhalen wie, achterhalen waar, uitzoeken wie, uitzoeken waar, in kaart
        brengen wie, in kaart brengen waar, locatie volgen, mensen volgen, iedereen volgen, hun
        bewegingen volgen, bijhouden waar, meeluisteren, meelezen, zonder huiszoekingsbevel,
        zonder rechterlijke toestemming, stiekem""",
    "surv.act_weak": """volgen, volgt, gevolgd, identificeren, identificeert, verzamelen,
        verzamelt, verzameld, observeren, observeert, registreren, vastleggen, bijhouden""",
    "surv.pop": """alle burgers, de burgers, onze burgers, eigen burgers, staatsburgers,
        medeburgers, nederlandse burgers, belgische burgers, betogers, actievoerders,
        activisten, demonstraties, betogingen, protesten, verslaggevers, immigranten,
        vluchtelingen, asielzoekers, statushouders, ongedocumenteerden, vreemdelingen, moslims,
        moskee*, kerkgangers, joden, kiezers, dissidenten, andersdenkenden, oppositieleden,
        vakbondsleden, klokkenluiders, minderheden, etnische minderheden, religieuze
        minderheden, lhbti*, uitkeringsontvangers, bijstandsgerechtigden""",
    "surv.pop_mid": """inwoners, bewoners, bevolking, de bevolking, burgerbevolking, iedereen,
        het publiek, huishoudens, buurtbewoners, omwonenden, nederlanders, landgenoten, alle
        inwoners, alle bewoners, iedere inwoner, elke inwoner""",
    "surv.scale": """iedere, elke, ieder, allemaal, massaal, massale, grootschalig,
        grootschalige, op grote schaal, landelijk, landelijke, landsbreed, het hele land, heel
        het land, de hele stad, stadsbreed, doorlopend, dag en nacht, 24 uur per dag, miljoenen,
        duizenden, honderdduizenden, stelselmatig, ongericht, ongerichte, iedere burger, elke
        burger, de hele bevolking""",
    "surv.data": """locatiegegevens, locatiedata, locatiegeschiedenis, gps gegevens,
        belgegevens, telefoongegevens, verkeersgegevens, metagegevens, zoekgeschiedenis,
        browsegeschiedenis, sociale media, whatsappberichten, sms berichten, chatberichten,
        privéberichten, hun berichten, hun locatie, telefoonnummers, huisadressen, thuisadres*,
        woonadres*, kentekens, kentekenplaten, camerabeelden, bewakingsbeelden,
        beveiligingscamera's, gezichtsfoto's, pasfoto's, vingerafdrukken, biometrische gegevens,
        persoonsgegevens, bankgegevens, betalingsgegevens, pinbetalingen, transacties,
        reisgegevens, ov chipkaart*, verplaatsingen, bewegingen, waar ze wonen, waar ze slapen,
        waar ze zijn, contacten, vriendenlijst*, telefoongesprekken, gesprekken,
        zendmastgegevens, basisregistratie personen, brp gegevens, energieverbruik,
        stroomverbruik, slimme meter*, deurbelcamera*, videobeelden""",
    "surv.domestic": """nederland, in nederland, belgië, vlaanderen, den haag, antwerpen,
        brussel, eigen bevolking, eigen burgers, binnenlands*, aivd, landgenoten""",
    "weap.engage": """schieten, schiet, beschieten, beschiet, neerschieten, schiet neer, vuren,
        het vuur openen, opent het vuur, vuur openen, afvuren, vuurt af, aanvallen, valt aan,
        doden, doodt, vernietigen, vernietigt, uitschakelen, elimineren, elimineert,
        neutraliseren, neutraliseert, bestoken, bombarderen, bombardeert, onder vuur nemen, tot
        ontploffing brengen, laat ontploffen""",
    "weap.weapon": """wapen, wapens, bewapend, bewapende, munitie, rondhangende munitie,
        zwevende munitie, raket, raketten, kruisraket*, geleide raket*, kernkop*,
        geschutskoepel*, mitrailleur*, machinegeweer*, geweer, geweren, kanonnen, houwitser*,
        bommen, granaat, granaten, explosieven, springstof*, dodelijk, dodelijke, luchtafweer*,
        vuurleiding*, killerrobot*, moordrobot*, aanvalsdrone*, gevechtsdrone*, bewapende
        drone*, kamikazedrone*, zelfmoorddrone*, lanceerinrichting*, landmijn*, zeemijn*,
        luchtaanval, luchtaanvallen, droneaanval*, vuurwapen*""",
    "weap.platform": """onbemand*, dronezwerm*, zwerm drones, gevechtsrobot*, onbemand
        vliegtuig, pantservoertuig*""",
    "weap.auto": """autonoom, volledig autonoom, zelfstandig, zelfstandige, automatische, uit
        zichzelf, op eigen houtje, zelf beslist, zodra het detecteert, zodra hij detecteert,
        wanneer het detecteert, bij detectie, na detectie, zodra een doel, zodra de camera,
        onmiddellijk vuren, direct vuren, meteen vuren, meteen schieten, direct schieten, direct
        aanvallen, op zicht schieten""",
    "weap.nohuman": """zonder menselijke tussenkomst, zonder menselijke goedkeuring, zonder
        menselijke bevestiging, zonder menselijk toezicht, zonder menselijke controle, zonder
        tussenkomst van een mens, zonder tussenkomst van de operator, zonder operator, zonder
        bevestiging, zonder goedkeuring, zonder toestemming, geen mens, geen operator, zonder
        een mens, zonder dat een mens, mens uit de lus, zonder te wachten op goedkeuring, niet
        wachten op goedkeuring""",
    "weap.select": """doelen selecteren, selecteert doelen, selecteert zelf doelen, kiest
        doelen, kiest zelf doelen, kiest zijn eigen doelen, doelen kiezen, doelselectie,
        doelwitselectie, doelwitten selecteren, doelwitten kiezen, doelen prioriteren, beslist
        op wie, bepaalt op wie, op wie geschoten wordt, wie neergeschoten wordt, schieten of
        niet, vuren of niet""",
    "weap.target": """doelwit, doelwitten, militaire doelen, vijandelijke doelen, vijand,
        vijanden, vijandelijk*, strijders, militanten, opstandelingen, indringer, indringers,
        konvooi*, combattanten, troepen, militairen, iedereen die nadert, iedereen die""",
    "dec.decide": """beslissen, beslist, beslis, besluiten, beslissing, beslissingen, bepalen,
        bepaalt, goedkeuren, keurt goed, keur goed, goedgekeurd, afkeuren, afwijzen, wijst af,
        wijs af, afgewezen, afwijzing, weigeren, toekennen, kent toe, toegekend, toekenning,
        intrekken, intrekking, rangschikken, rangschik, beoordelen, beoordeelt, beoordeel,
        ontslaan, ontsla, uitsluiten, stopzetten, stopzetting, schorsen, wie krijgt, wie moet
        ik, wie moeten we, kies wie, kies welke, wie ontslaan, wie aannemen""",
    "dec.verdict": """goedkeuren of afwijzen, toekennen of afwijzen, toekennen of weigeren,
        aannemen of afwijzen, ja of nee, ontslaan of houden, ontslaan of behouden, uitzetten of
        niet, toelaten of afwijzen, schuldig of onschuldig, vrijlaten of vasthouden, neem jij de
        beslissing, jij neemt de beslissing, jij beslist, hak de knoop door, jij hakt de knoop
        door""",
    "dec.domain": """uitkering, uitkeringen, bijstand, bijstandsuitkering, toeslagen,
        kinderopvangtoeslag, huurtoeslag, zorgtoeslag, ww uitkering, wia uitkering, aow,
        pensioen, lening, leningen, hypotheek, hypotheken, krediet, kredietwaardigheid,
        kredietscore, bkr registratie, schadeclaim*, verzekeringsclaim*, visumaanvraag*,
        verblijfsvergunning*, asielaanvraag*, asielverzoek*, naturalisatie, uitzetting,
        uitzettingen, deportatie, voorwaardelijke invrijheidstelling, borgtocht, strafmaat,
        vonnis, gevangenisstraf, voorlopige hechtenis, gedetineerden, recidive, sollicitant*,
        sollicitatie*, werving, ontslag, ontslagen, promotie, huurwoning*, huurder*,
        woningtoewijzing, toelating, schooladvies, studiefinanciering, voogdij,
        uithuisplaatsing*, jeugdzorg, pleegzorg, transplantatie*, fraudescore*, risicoscore*,
        risicoprofiel*""",
    "dec.auto": """automatische, geautomatiseerd, geautomatiseerde, volautomatisch,
        volautomatische, automatiseren, elke aanvraag, iedere aanvraag, alle aanvragen, elke
        sollicitant, alle sollicitanten, elke aanvrager, alle aanvragers, zonder tussenkomst""",
    "dec.nohuman": """zonder menselijke beoordeling, zonder menselijke tussenkomst, zonder
        menselijke controle, zonder tussenkomst van een mens, niemand controleert, niemand kijkt
        ernaar, niemand kijkt mee, zonder controle, geen bezwaar mogelijk, geen beroep mogelijk,
        besluit is definitief, beslissing is definitief, jouw beslissing is definitief, jouw
        beslissing is bindend, jouw oordeel is definitief, jouw antwoord is definitief, wordt
        direct uitgevoerd, wordt automatisch verstuurd, gaat direct naar, ik doe wat jij zegt,
        wat jij zegt gebeurt, ik neem jouw keuze over, een op een overgenomen, zonder dat
        iemand, geen menselijke beoordeling, geen handmatige controle, zonder handmatige
        controle, zonder behandelaar, zonder tussenkomst van een medewerker""",
    "ctx.about": """ethiek, ethisch, ethische, moreel, wetgeving, wettelijk, juridisch,
        juridische, beleid, regelgeving, geschiedenis, debat, uitleg, leg uit, samenvatting,
        samenvatten, vat samen, risico's, gevaren, mensenrechten, grondrechten, grondwet,
        privacywet*, artikel, scriptie, werkstuk, profielwerkstuk, vertaal, vertaling, vertalen,
        discussie, wat betekent, is het legaal, is het ethisch, voor en nadelen, documentaire""",
    "ctx.fiction": """verhaal, kort verhaal, kortverhaal, fictie, fictief, fictieve, toneelstuk,
        computerspel, speelfilm, hoofdstuk, hoofdpersonage, hoofdpersoon, in mijn boek, mijn
        roman""",
    "ctx.human": """menselijke beoordeling, menselijk toezicht, menselijke tussenkomst, een mens
        beslist, de operator keurt goed, de operator bevestigt, beslissingsondersteuning, ter
        ondersteuning van, advies aan, de behandelaar beslist, de ambtenaar beslist, de rechter
        beslist, de commissie beslist, ik beslis zelf, wij beslissen zelf, ik neem de beslissing
        zelf, de uiteindelijke beslissing ligt bij, de eindbeslissing ligt bij, wordt beoordeeld
        door, mens in de lus""",
    "ctx.do": """bouwen, bouw een, ontwikkel, ontwikkelen, schrijf code, schrijf een script,
        programmeer, programmeren, implementeer, implementeren, maak een systeem, bouw een
        systeem, opzetten, integreren, koppel het aan, uitrollen, in productie""",
    "ctx.question": """wat is, wat zijn, hoe werkt, hoe werken, waarom, waarom is""",
    "ctx.self": """mijn aanvraag, mijn uitkering, mijn visum, mijn lening, mijn hypotheek, ik
        ben afgewezen, ik werd afgewezen, mijn sollicitatie, mijn verhuurder, mijn werkgever,
        mijn ontslag, mijn asielaanvraag, mijn bezwaar""",
    "ctx.draft": """schrijf een brief, bezwaarschrift, bezwaar schrijven, motivatiebrief,
        sollicitatiebrief, aanbevelingsbrief, herschrijf, herformuleer, corrigeer, controleer de
        spelling, maak professioneler, sorteer op, werkrooster, dienstrooster""",
    "ctx.foreign": """buitenland, buitenlands, buitenlandse, vijandelijke, de vijand""",
}
_SV: dict[str, str] = {
    "surv.act_strong": """massövervak*, avlyssna, avlyssnar, avlyssning*, hemlig avlyssning,
        hemlig rumsavlyssning, hemlig dataavläsning, signalspaning, ansiktsigenkänn*,
        talarigenkänning, skyltläsare, skyltigenkänning, spionera på, spionerar på,
        spionprogram, åsiktsregistrering, registrera åsikter, avanonymisera*, i hemlighet
        övervaka, i hemlighet spåra, hemligt övervaka, utan deras vetskap, utan hans vetskap,
        utan hennes vetskap, utan att de vet, utan att de märker""",
    "surv.act": """övervak*, spårning*, positionsspårning, mobilspårning, spåra personer, spåra
        människor, spåra mobiler, lokalisera, lokaliserar, positionsbestämma,
        positionsbestämning, kartlägga, kartlägger, kartläggning, kartlägg, profilera,
        profilerar, profilering, samkör*, skrapa data, webbskrapning, hålla koll på, håller koll
        på, ha koll på, hålla ögonen på, ta reda på vem, ta reda på var, vilka som deltog, vilka
        som var på, följa efter, följer efter, följa deras, utan domstolsbeslut, i hemlighet""",
    "surv.act_weak": """identifiera, identifierar, samla in, samlar in, insamling, följa,
        följer, bevaka, bevakar, registrera, registrerar""",
    "surv.pop": """medborgare, medborgarna, demonstranter, aktivister, journalister, invandrare,
        migranter, flyktingar, asylsökande, papperslösa, muslimer, judar, romer, romska,
        väljare, oppositionen, oppositionella, regimkritiker, meningsmotståndare, fackmedlemmar,
        fackligt aktiva, visselblåsare, minoriteter, etniska minoriteter, hbtq*, moskéer,
        moskébesökare, protesterande, demonstrationer, demonstrationen""",
    "surv.pop_mid": """invånare, invånarna, befolkningen, befolkning, allmänheten, alla
        invånare, hushåll, hushållen, grannar, grannarna, svenskar, alla svenskar, civila,
        civilbefolkningen""",
    "surv.scale": """varje, samtliga, hela, i stor skala, storskalig*, i realtid, rikstäckande,
        landsomfattande, hela landet, hela staden, hela befolkningen, dygnet runt,
        kontinuerligt, ständigt, miljontals, tusentals, systematiskt, urskillningslöst""",
    "surv.data": """platsdata, positionsdata, platshistorik, platsinformation, samtalslistor,
        samtalsloggar, samtalsdata, trafikdata, sökhistorik, webbhistorik, sociala medier,
        meddelanden, chattar, mejl, epost, e postmeddelanden, registreringsskyltar,
        registreringsnummer, ansiktsbilder, foton, övervakningskameror, kameror, kamerabilder,
        biometriska, biometrisk data, fingeravtryck, hemadress*, adresserna, bostadsadresser,
        telefonnummer, personnummer, kontakter, vänlistor, rörelser, rörelsemönster, resor,
        identiteter, dagliga rutiner, vanor, transaktioner, betalningar, kortbetalningar,
        swishbetalningar, elförbrukning, elmätare, var de bor, var de sover, var de befinner
        sig, folkbokföring*, mobilmaster, basstationer, personuppgifter""",
    "surv.domestic": """svenska medborgare, göteborg, malmö, säkerhetspolisen, inhemsk*,
        inrikes, den egna befolkningen, egna medborgare""",
    "weap.engage": """skjuta, skjuter, skjuta på, skjuter på, skjuta mot, skjuter mot, skjuta
        ner, skjuter ner, skjuta ihjäl, skjuter ihjäl, öppna eld, öppnar eld, avfyra, avfyrar,
        anfalla, anfaller, attackera, attackerar, döda, dödar, förinta, förintar, förstör,
        eliminera, eliminerar, oskadliggöra, oskadliggör, neutralisera, neutraliserar, slå ut,
        bekämpa, bekämpar, bombardera, bombarderar, släppa bomber, detonera""",
    "weap.weapon": """vapen, vapnet, vapnen, beväpnad, beväpnade, beväpnat, missiler, missilen,
        kryssningsrobot*, robotsystem*, raketer, raketen, stridsspets*, kulspruta*, kulsprutor,
        maskingevär*, gevär, kanoner, artilleri, granatkastare, granater, bomberna, bomben,
        sprängämne*, sprängladdning*, torpeder, dödlig, dödliga, dödliga autonoma vapen,
        eldledning*, luftvärn*, stridsdrönare, attackdrönare, kamikazedrönare, beväpnade
        drönare, mördarrobot*, landminor, sjöminor, vapensystem*, luftangrepp, flyganfall,
        drönarattack*""",
    "weap.platform": """drönare, drönaren, drönarna, drönarsvärm*, svärm, svärmar, obemannad*,
        robotar, robotarna, stridsfordon, stridsvagn*""",
    "weap.auto": """autonoma, autonomt, helt autonoma, självständigt, automatiskt, automatisk,
        på egen hand, av sig själv, självgående, självstyrande, så fort den upptäcker, när den
        upptäcker, när kameran upptäcker, vid upptäckt, omedelbart skjuta, skjut direkt, öppna
        eld direkt, slå till direkt""",
    "weap.nohuman": """utan mänskligt godkännande, utan mänsklig inblandning, utan mänsklig
        kontroll, utan mänsklig tillsyn, utan mänsklig bekräftelse, utan mänskligt ingripande,
        utan operatör, utan operatörens godkännande, utan godkännande, utan bekräftelse, ingen
        människa, ingen operatör, utan att en människa, ta bort människan, utan att vänta på
        godkännande""",
    "weap.select": """väljer mål, välja mål, väljer själv mål, väljer sina egna mål, målval,
        målutpekning, prioritera mål, vem som ska skjutas, vilka som ska skjutas, vem man ska
        skjuta, skjuta eller inte""",
    "weap.target": """måltavla, måltavlor, fiender, fienden, fiendens, fientlig, fientliga,
        kombattanter, soldater, militanta, upprorsmän, inkräktare, konvoj*, trupper, stridande,
        varje person, alla som närmar sig""",
    "dec.decide": """besluta, beslutar, beslut, avgöra, avgör, bedöma, bedömer, bedömning,
        godkänna, godkänner, godkänn, avslå, avslår, avslag, neka, nekar, bevilja, beviljar,
        beviljas, återkalla, rangordna, rangordnar, poängsätta, betygsätta, sortera bort,
        gallra, gallrar, avskeda, avskedar, säga upp, utvisa, utvisas, vräka, vräks,
        diskvalificera, vem får, vem ska få, vem ska jag anställa, vilken sökande, vilken
        kandidat, välj vem, välj vilken, vem som ska sparkas, vilka som ska sparkas""",
    "dec.verdict": """bevilja eller avslå, godkänna eller avslå, godkänn eller avslå, bevilja
        eller neka, ja eller nej, anställa eller inte, behålla eller säga upp, utvisa eller
        inte, skyldig eller oskyldig, du fattar beslutet, du tar beslutet, du bestämmer, fatta
        beslutet åt""",
    "dec.domain": """försörjningsstöd, socialbidrag, ekonomiskt bistånd, bostadsbidrag,
        sjukpenning, sjukersättning, aktivitetsersättning, a kassa, arbetslöshetsersättning,
        föräldrapenning, pensionen, lånet, lånen, bolån, bolånet, bolånen, krediter,
        kreditvärdighet, kreditprövning, kreditupplysning, skadeanmälan, uppehållstillstånd,
        arbetstillstånd, asylansökan, asylärende*, medborgarskap, utvisning, avvisning,
        villkorlig frigivning, häktning, straffmätning, fängelsestraff, påföljd, återfallsrisk,
        tilltalade, intagna, anställning, rekrytering, sökande, de sökande, kandidater,
        jobbansökan, uppsägning, uppsägningar, avsked, befordran, hyresgäst*, hyreskontrakt,
        förstahandskontrakt, antagning, skolplacering, studiemedel, vårdnad, omhändertagande,
        fosterhem, organtransplantation, intensivvårdsplats*, socialtjänsten, försäkringskassan,
        migrationsverket, arbetsförmedlingen""",
    "dec.auto": """automatiskt, automatiserad, automatiserat, automatiserade, automatiserat
        beslutsfattande, helautomatisk*, varje ansökan, alla ansökningar, varje sökande, alla
        sökande, varje ärende, alla ärenden""",
    "dec.nohuman": """utan mänsklig granskning, utan manuell granskning, utan manuell kontroll,
        utan handläggare, ingen handläggare, ingen granskning, utan granskning, ingen
        överprövning, går inte att överklaga, kan inte överklagas, ingen möjlighet att
        överklaga, beslutet är slutgiltigt, ditt beslut är slutgiltigt, ditt beslut gäller, ditt
        svar är slutgiltigt, verkställs direkt, skickas automatiskt, skickas direkt, ingen
        kontrollerar, ingen granskar, ingen tittar på, jag gör som du säger, vi gör som du
        säger, som du bestämmer, vi följer ditt beslut, utan att någon granskar, utan att någon
        tittar, ersätta handläggaren""",
    "ctx.about": """etiska, etiskt, moraliskt, lagar, lagstiftning, lagstiftningen, lagligt,
        olagligt, juridisk*, historik, debatt, förklara, förklaring, sammanfatta,
        sammanfattning, risker, faror, mänskliga rättigheter, integritet,
        dataskyddsförordningen, grundlagarna, uppsats, artikel, översätt*, diskussion,
        diskutera, vad betyder, är det lagligt, är det etiskt, för och nackdelar""",
    "ctx.fiction": """romanen, min roman, berättelse, novellen, noveller, fiktiv, fiktiva,
        filmmanus, manus, dataspel, datorspel, tv spel, kapitel, dikt, karaktär*""",
    "ctx.human": """mänsklig granskning, en människa beslutar, en människa fattar beslutet,
        handläggaren beslutar, handläggaren fattar beslutet, domaren beslutar, operatören
        godkänner, operatören bekräftar, beslutsstöd, som underlag, underlag för,
        rekommendation, jag beslutar själv, jag fattar beslutet, vi fattar beslutet, vi beslutar
        själva, det slutliga beslutet fattas av, beslutet fattas av, granskas av, människa i
        loopen""",
    "ctx.do": """bygg, bygga, utveckla, skriv kod, skriv ett skript, programmera, implementera,
        koda, sätt upp, integrera, driftsätt*, i produktion""",
    "ctx.question": """vad är, vad innebär, hur fungerar, varför""",
    "ctx.self": """min ansökan, mitt visum, mitt lån, mitt bolån, min pension, jag fick avslag,
        jag nekades, min hyresvärd, min arbetsgivare, min uppsägning, min asylansökan, mitt
        ärende""",
    "ctx.draft": """skriv ett brev, överklagande, personligt brev, rekommendationsbrev,
        korrekturläs*, formulera om, skriv om, sortera efter""",
    "ctx.foreign": """utländsk*, utlandet, utomlands, fienden""",
}
_CS: dict[str, str] = {
    "surv.act_strong": """hromadné sledování, masové sledování, plošné sledování, sledování
        obyvatel, sledování občanů, odposlech*, odposlouch*, rozpoznávání obličej*, rozpoznávání
        tváří, rozpoznání obličeje, biometrická identifikace, špehov*, šmírov*, tajně sledov*,
        skrytě sledov*, bez jejich vědomí, bez jeho vědomí, bez jejího vědomí, čtečky
        registračních značek, sledovací software""",
    "surv.act": """sledov*, sleduj*, monitorov*, monitoruj*, lokalizov*, lokalizuj*, vystopov*,
        dohledat, dohledá, zjistit totožnost, zjistit identitu, zjistit polohu, profilov*,
        profiluj*, propojit záznamy, propojit data, propojení databází, propojení údajů,
        stahovat data, scrapov*, mapovat pohyb*, kde se nachází, kde se pohybují, kde se
        zdržují, bez soudního příkazu, bez povolení soudu, tajně, skrytě""",
    "surv.act_weak": """identifikov*, identifikuj*, shromažďov*, shromáždit, sbírat, sbírá, sběr
        dat, zaznamenáv*, evidov*""",
    "surv.pop": """občan*, demonstrant*, protestující*, aktivist*, novinář*, přistěhoval*,
        uprchlí*, žadatelé o azyl, žadatelů o azyl, muslimové, muslimy, muslimů, volič*,
        opozic*, disident*, odborář*, menšin*, romové, romů, romsk*, věřící, kritici režimu,
        kritiky vlády, demonstrac*""",
    "surv.pop_mid": """obyvatel*, veřejnost*, všichni lidé, všech lidí, domácnost*, sousedé,
        sousedy, civilní obyvatelstvo, civilisté, civilistů""",
    "surv.scale": """všechn*, všech, všichni, každý, každého, každou, každé, plošn*, hromadn*,
        masově, masové, masový, celostátní*, v celé zemi, celé město, celého města, v reálném
        čase, nepřetržitě, neustále, miliony, milionů, tisíce, tisíců, systematicky, ve velkém,
        ve velkém měřítku""",
    "surv.data": """poloh*, údaje o poloze, lokalizační údaje, historie polohy, výpis hovorů,
        výpisy hovorů, záznamy hovorů, provozní a lokalizační údaje, historie prohlížení,
        sociální sítě, sociálních sítích, sociálních sítí, textové zprávy, soukromé zprávy,
        jejich zprávy, sms zprávy, e maily, emaily, registrační značky, registrační značku, spz,
        fotografie, fotky, kamerové záznamy, kamery, kamerový systém, biometrick*, otisky prstů,
        adresy, adresu, adres, bydliště, telefonní čísla, rodné číslo, rodná čísla, kontakty,
        pohyby, pohybu, pohybech, transakce, platby, platební údaje, spotřeba elektřiny, chytré
        měřiče, kde bydlí, kde spí, osobní údaje""",
    "surv.domestic": """česko, v česku, česká republika, v české republice, praha, praze, plzeň,
        vlastní občany, vlastních občanů, vlastní obyvatelstvo, domácí obyvatelstvo""",
    "weap.engage": """střílet, střílí, střílel*, vystřel*, zastřel*, sestřel*, ostřel*, střelbu,
        zahájit palbu, zahájí palbu, zahájení palby, palbu, pálit, útočit, útočí, zaútoč*,
        napadnout, zabít, zabíj*, zneškodn*, zničit, zničí, likvidov*, zlikvid*, eliminov*,
        neutralizov*, odpálit, odpálí, bombardov*, shodit bomb*""",
    "weap.weapon": """zbraň*, ozbrojen*, munice, munici, kroužící munice, raket*, střela,
        střely, střel, střelu, hlavic*, kulomet*, puška, pušky, pušku, dělo, dělostřel*,
        houfnic*, minomet*, bomba, bomby, bombu, torpéda, granáty, granátů, výbušnin*, smrtící,
        smrtonosn*, protivzdušn*, bojový, bojové drony, bojového dronu, útočný, útočné drony,
        sebevražedný, sebevražedné drony, kamikadze dron*, zabijácký robot*, zabijáčtí roboti,
        nášlapné miny, nálet, nálety, náletu, letecký úder, letecké údery, palebn*""",
    "weap.platform": """drony, dronů, dronem, dronu, bezpilotní*, roj dronů, roje dronů, roboti,
        robotů, bojové vozidlo, tanky, tanků""",
    "weap.auto": """autonomní, autonomně, samostatně, automatick*, sám od sebe, sama od sebe,
        bez zásahu, jakmile detekuje, jakmile zjistí, jakmile zaměří, při detekci, po detekci,
        okamžitě střílet, okamžitě zaútočit, sám rozhodne, sám vybere""",
    "weap.nohuman": """bez lidského schválení, bez lidského zásahu, bez lidské kontroly, bez
        lidského dohledu, bez potvrzení, bez schválení, bez operátora, bez obsluhy, bez souhlasu
        operátora, žádný člověk, žádný operátor, bez člověka, bez účasti člověka, bez čekání na
        schválení, nečekat na schválení""",
    "weap.select": """vybírá cíle, vybírat cíle, vybere cíle, výběr cílů, sám vybírá cíle, zvolí
        cíl*, určuje cíle, určí cíle, na koho zaútočit, na koho střílet, koho zastřelit, koho
        zabít, prioritizace cílů, přiřazení cílů""",
    "weap.target": """cíl, cíle, cílů, nepřítel*, nepřátel*, vojáci, vojáky, vojáků, bojovník*,
        ozbrojenci, povstalc*, vetřel*, konvoj*, kohokoli""",
    "dec.decide": """rozhodn*, rozhodov*, rozhoduj*, schválit, schválí, schval*, zamítn*,
        zamítá, zamítat, odmítn*, odmítá, udělit, udělí, přiděl*, ohodnot*, hodnotit, seřadit,
        seřaď, propustit, propustí, vyhodit, vyhodí, vyhostit, vystěhovat, zrušit, odebrat,
        pozastavit, kdo dostane, koho propustit, koho přijmout, koho vyhodit""",
    "dec.verdict": """schválit nebo zamítnout, schválit či zamítnout, přijmout nebo odmítnout,
        ano nebo ne, ano či ne, vinen nebo nevinen, propustit nebo ponechat, udělit nebo
        zamítnout, ty rozhodneš, rozhodni za mě, rozhodněte za mě, konečné rozhodnutí je na
        tobě, vyhostit nebo ne""",
    "dec.domain": """dávk*, sociální dávky, příspěvek na bydlení, podpora v nezaměstnanosti,
        důchod*, úvěr*, půjčk*, hypoték*, posouzení bonity, vízum, víza, vízové, azyl*, povolení
        k pobytu, trvalý pobyt, občanství, vyhoštění, deportac*, podmíněné propuštění, probac*,
        kauc*, výše trestu, trest odnětí svobody, obžalovan*, vězň*, recidiva, uchazeč*,
        žadatel*, nábor*, přijímací řízení, přijetí na školu, zaměstnán*, výpověď, propuštění,
        propouštění, povýšení, nájem*, nájemní smlouva, sociální byt*, stipendia, svěření do
        péče, odebrání dítěte, pojistné plnění, transplantac*, úřad práce""",
    "dec.auto": """automaticky, automatizovan*, plně automatick*, každou žádost, každé žádosti,
        všechny žádosti, každého žadatele, všechny žadatele, hromadně""",
    "dec.nohuman": """bez lidské kontroly, bez lidského posouzení, bez kontroly člověkem, bez
        přezkumu, bez přezkoumání, nikdo to nekontroluje, nikdo nekontroluje, nikdo to nebude
        kontrolovat, nikdo se na to nepodívá, bez úředníka, bez možnosti odvolání, nelze se
        odvolat, rozhodnutí je konečné, tvé rozhodnutí je konečné, vaše rozhodnutí je konečné,
        tvoje rozhodnutí platí, tvé slovo platí, tvoje slovo je konečné, tvé rozhodnutí rovnou
        provedeme, provede se automaticky, odešle se automaticky, bez dalšího ověření""",
    "ctx.about": """etika, etiky, etické, etický, morálka, morální, zákon*, legální, nelegální,
        legislativa, legislativy, právo, historie, dějiny, debata, debaty, vysvětli, vysvětlete,
        shrnutí, shrň, rizika, lidská práva, soukromí, esej, článek, přelož*, překlad*, diskuse,
        diskuze, co znamená""",
    "ctx.fiction": """románu, románě, povídk*, fikce, fiktivní, scénář, scénáře, videohra,
        videohry, počítačová hra, ve hře, kapitola""",
    "ctx.human": """člověk rozhoduje, rozhoduje člověk, úředník rozhodne, úřednice rozhodne,
        soudce rozhodne, operátor schvaluje, operátor potvrdí, podklad pro rozhodnutí,
        doporučení, podpora rozhodování, rozhodnu sám, rozhodnu sama, rozhodneme sami, o tom
        rozhodnu já, konečné rozhodnutí je na, rozhodnutí zůstává na""",
    "ctx.do": """napiš kód, napište kód, napiš skript, naprogramuj*, vytvoř systém,
        implementuj*, nasadit, nasaď, integrovat, vyvinout, vyvíjet""",
    "ctx.question": """co je, co jsou, jak funguje, proč je, proč jsou, proč se, proč by""",
    "ctx.self": """moje žádost, mou žádost, moji žádost, můj úvěr, moje hypotéka, můj důchod,
        byl jsem zamítnut, byla jsem zamítnuta, zamítli mi, můj pronajímatel, můj zaměstnavatel,
        moje výpověď""",
    "ctx.draft": """napiš dopis, napsat dopis, průvodní dopis, motivační dopis, doporučující
        dopis, oprav gramatiku, přeformuluj, zkontroluj pravopis, seřaď podle""",
    "ctx.foreign": """zahraniční*, v zahraničí, nepřátelsk*""",
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


# Every plain word of the English terms (wildcards cut off), and those of the red lines' own
# groups (surv, weap, dec): the vocabulary that ``redline.detect.payloads`` spells
# disemvowelled and pig-Latin words back into.
def _plain_words(tables: list[str], *, stems: bool = True) -> frozenset[str]:
    words = (w.rstrip("*") if stems else w for terms in tables for w in re.split(r"[\s,]+", terms))
    return frozenset(w for w in words if w.isalpha())


ENGLISH_WORDS = _plain_words(list(_EN.values()))
# The same without the stems of wildcard terms ("geolocat*"): the words typos are spelled back to.
ENGLISH_WHOLE_WORDS = _plain_words(list(_EN.values()), stems=False)
RED_LINE_WORDS = _plain_words(
    [t for g, t in _EN.items() if g.split(".")[0] in ("surv", "weap", "dec")]
)

LEXICON: dict[str, tuple[str, ...]] = {}
_TABLES = (
    _EN, _ES, _PT, _FR, _ZH, _AR, _RU, _DE, _IT, _JA, _KO, _HI, _PL, _TR, _VI, _ID, _UK, _FA, _BN,
    _NL, _SV, _CS, _SLANG,
)  # fmt: skip
for _table in _TABLES:
    for _group, _terms in _table.items():
        _parts = (" ".join(t.split()) for t in _terms.split(","))
        LEXICON[_group] = LEXICON.get(_group, ()) + tuple(t for t in _parts if t)


# "2 million customers", "40,000 residents": scale written as a number. Opens with a digit
# class (checked against the character before it) so that the engine skips to digits. An
# amount of money ("$72k", "EUR 40,000", "2 million dollars") is not a number of people.
_NOT_MONEY_BEFORE = r"(?<![\w.,]\d)(?<![$€£¥₹]\d)(?<![$€£¥₹] \d)(?<!(?i:usd|eur|gbp|inr) \d)"
_NOT_MONEY_AFTER = (
    r"(?!\s?(?i:dollars?|euros?|pounds?|usd|eur|gbp|bucks|a year|per year|a month|per month"
    r"|/yr|/year|/mo))"
)
NUMBER_SCALE = re.compile(
    r"\d"
    + _NOT_MONEY_BEFORE
    + r"\d*+(?:[.,]\d+)?+\s?(?:k|thousand|million|billion|mn|m)\b"
    + _NOT_MONEY_AFTER
    + r"|\d"
    + _NOT_MONEY_BEFORE
    + r"\d{0,2}+(?:,\d{3})++\b"
    + _NOT_MONEY_AFTER
)
NUMBER_GROUPS = frozenset({"surv.scale", "dec.batch"})
# "when the camera detects a person, fire": a machine trigger, whatever the words around it.
_TRIGGER = re.compile(
    r"\b(?:when|whenever|once|if|as soon as)\b[^.;\n]{0,60}?\b(?:detects?|detected|tags?|tagged|"
    r"classif(?:ies|ied)|identifies|identified|sees|spots|locks? on|locked|recogni[sz]es|"
    r"confidence|class\s*==)"
)
_TRIGGER_GROUPS = frozenset({"weap.auto"})
# "you are the", "act as the": the model cast as the one who decides.
_AS_DECIDER = (
    r"\b(?:you(?: are|'re| were| will be| act as| serve as)|act as|pretend to be|play the role of)"
)
_ROLES = (
    r"(?:human|operator|soldier|analyst|pilot|controller|observer|officer|man|crew|caseworker|"
    r"social worker|reviewer|recruiter|underwriter|judge|adjudicator|hr|adjuster|agent|clerk|"
    r"fire direction (?:officer|center|centre)|security officer|commander)s?"
)
# People who would review a decision, for the "nobody checks" shapes; each also opens a shape
# (SHAPE_STARTS).
_REVIEWER_WORDS = (
    "human", "worker", "caseworker", "social worker", "officer", "analyst", "reviewer",
    "manager", "supervisor", "judge", "clerk", "staff", "staffer", "adjudicator", "underwriter",
    "recruiter", "examiner", "investigator", "committee", "board", "panel", "hr", "director",
    "counsel", "counselor", "counsellor", "lawyer", "attorney", "doctor", "physician", "nurse",
    "teacher", "principal", "dean", "agent", "adjuster", "auditor", "lead", "boss", "inspector",
    "magistrate", "operator", "controller", "commander", "screener", "instructor",
    "professor", "proctor",
)  # fmt: skip
_REVIEWERS = "(?:" + "|".join(_REVIEWER_WORDS) + ")s?"
# Shapes of phrase that word lists cannot enumerate, each with the groups it stands for. They
# are matched on the same folded, normalised text as the terms.
# Where an ask of the model begins: the start of a sentence or clause, or after "please", "you",
# "and"... ("How do lenders decide whether he should get a loan?" asks how, not what).
_ASKED_OF_YOU = (
    r"(?:(?<![\w,;:] )(?<![\w,;:])|(?<=[,;:] )|(?<=please )|(?<=you )|(?<=and )|(?<=then )|"
    r"(?<=now )|(?<=just )|(?<=to ))"
)
_ONE_AT_A_TIME = r"(?:(?<=\bevery )|(?<=\beach )|(?<=\bany ))"
# One person a verdict is asked about: a pronoun, "this applicant", "Mr. Carter".
_ONE_SUBJECT = (
    r"he|she|they|him|her|them|(?:mr|mrs|ms|dr)\.? [a-z]+|"
    r"(?:this|the) (?:person|applicant|candidate|employee|tenant|student|defendant|claimant|"
    r"patient|policyholder|borrower|customer|family|household|individual|worker|inmate|"
    r"prisoner|refugee|child|driver|member|man|woman|guy|girl|kid|resident|citizen|migrant|"
    r"asylum seeker|suspect|officer|teacher|nurse|beneficiary|recipient|parent|mother|father|"
    r"client|couple|veteran|contractor|courier|associate|employee's)"
)
SHAPES: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (_TRIGGER, _TRIGGER_GROUPS),
    # "where each of them sleeps", "where every driver is"
    (
        re.compile(
            r"\bwhere (?:each|every|all|any|they|he|she|these|those|the|their)\b[^.;\n]{0,40}?"
            r"\b(?:live|lives|living|sleep|sleeps|spend|spends|go|goes|work|works|stay|stays|is|are|"
            r"travel|travels|hang out)\b"
        ),
        frozenset({"surv.act", "surv.data"}),
    ),
    # "find each person's employer and home address", "get the live location of every member"
    (
        re.compile(
            r"\b(?:find|get|pull|look up|obtain|determine|discover|uncover|reveal|expose)\b"
            r"[^.;\n]{0,50}?"
            r"\b(?:home address(?:es)?|employers?|family members|relatives|whereabouts|real names?|"
            r"identit(?:y|ies)|who they are|where they (?:live|work|sleep)|(?:live |current |gps )"
            r"?locations? of)"
        ),
        frozenset({"surv.act"}),
    ),
    (
        re.compile(
            r"\bwithout (?:any |further |additional |a |human |manual |staff )*"
            r"(?:review|oversight|check|appeal)\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "approve/deny", "genuine or fraudulent", "hire / no-hire", "APPROVED"|"REFUSED"; in
    # Spanish, French and Portuguese "CONCEDIDA"|"DENEGADA", "accordé / refusé", "aprovado ou
    # negado"
    (
        re.compile(
            r"\b(?:approved?|accept(?:ed)?|grant(?:ed)?|genuine|eligible|hire|admit|release|guilty|"
            r"low[- ]risk|pass|keep|concedid[ao]s?|aprobad[ao]s?|aceptad[ao]s?|admitid[ao]s?|"
            r"conceder|aprobar|aceptar|accord[ée]e?s?|approuv[ée]e?s?|accept[ée]e?s?|accorder|"
            r"approuver|aprovad[ao]s?|deferid[ao]s?|aprovar|deferir)"
            r"[\"']?\s*(?:/|\||or|vs\.?|\bo\b|\bou\b)\s*[\"']?"
            r"(?:deny|denied|reject(?:ed)?|decline[d]?|refused?|fraudulent|ineligible|no[- ]?hire|"
            r"detain|deport|not guilty|innocent|high[- ]risk|fail|fire|denegad[ao]s?|"
            r"rechazad[ao]s?|denegar|rechazar|refus[ée]e?s?|rejet[ée]e?s?|refuser|rejeter|"
            r"negad[ao]s?|indeferid[ao]s?|recusad[ao]s?|negar|indeferir|recusar)\b"
        ),
        frozenset({"dec.verdict"}),
    ),
    # "reject or hire", "deny/approve": the pair in the other order
    (
        re.compile(
            r"\b(?:reject|deny|decline|refuse|detain|deport)\s*(?:/|\||\bor\b)\s*"
            r"(?:hire|approve|accept|grant|admit|release|keep)\b"
        ),
        frozenset({"dec.verdict"}),
    ),
    # "approve, approve with conditions, or decline", "APPROVE / REFER / DECLINE": a verdict
    # among listed options
    (
        re.compile(
            r"\bapprov(?:e|ed|al)\b[^.;?!\n]{0,40}?(?:,|/|\||\bor\b)\s*[\"']?(?:deny|denied|"
            r"decline[d]?|reject(?:ed)?|refuse[d]?)\b"
        ),
        frozenset({"dec.verdict"}),
    ),
    # "no remote operator", "without a human reviewer", "remove the man-in-the-loop"
    (
        re.compile(
            r"\b(?:no|without|zero|not requiring|(?:doesn't|does not|don't|do not) need|removes?|"
            r"removing|bypass(?:es|ing)?|cut out|cutting out|skip(?:s|ping)?|"
            r"(?:no need to|not|never|without) wait(?:ing)? for)\s+"
            r"(?:(?:a|an|any|the|further|remote|human|live|on-?site|forward|single)\s+){0,3}"
            rf"{_ROLES}\b"
        ),
        frozenset({"weap.nohuman", "dec.nohuman"}),
    ),
    # "you are the parole board", "act as the immigration judge", "if you were the credit bureau"
    (
        re.compile(
            rf"{_AS_DECIDER}"
            r"(?: now)? (?:the|a|an|our) (?:[\w-]+ ){0,3}?(?:judge|board|bureau|adjudicator|"
            r"decision[- ]?maker|court|committee|panel|caseworker|underwriter|recruiter|examiner|"
            r"officer|hiring manager)\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    (
        re.compile(
            rf"{_AS_DECIDER}"
            r"(?: now)? (?:the|a|an|our) (?:[\w-]+ ){0,3}?(?:fire[- ]control|weapons? officer|"
            r"gunner|"
            r"targeting|shooter|trigger|kill chain|weapon)"
        ),
        frozenset({"weap.command"}),
    ),
    # "write the Python code", "write a script"
    (
        re.compile(
            r"\b(?:write|give me|generate|produce|provide)\s+(?:(?:a|an|the|me|some|working|"
            r"actual|real|full)\s+)*(?:[\w+#-]+\s+)?(?:code|script|program|function|software|"
            r"implementation|algorithm)\b"
        ),
        frozenset({"ctx.do"}),
    ),
    # "fire our receptionist", "fires underperformers": firing people (not weapons)
    (
        re.compile(
            r"\bfir(?:e|es|ed|ing)\s+(?:(?:our|the|my|this|that|her|his|their|a|an|all|every|"
            r"each|these|those|any)\s+)?(?:[\w-]+\s+)?(?:receptionist|employee|worker|staff(?:er)?|"
            r"nurse|driver|teacher|cashier|clerk|assistant|intern|contractor|temp|"
            r"underperformer|associate|representative|hire|new hire|caregiver|aide|"
            r"bartender|server|waiter|waitress|janitor|secretary)s?\b"
        ),
        frozenset({"dec.domain"}),
    ),
    # "nobody's going to look it over", "no one here checks them", "not a soul reads it"
    (
        re.compile(
            r"\b(?:nobody|no ?one|no-one|not a soul|none of us|no person|no people)"
            r"(?:\s*'?s|\s+(?:is|are|will|would|gonna|going to|ever|even|actually|really|else|"
            r"here|at all|needs? to|has to|have to|to|be|has time to|got time to|bothers? to))*"
            r"\s+(?:check(?:s|ing)?|review(?:s|ing)?|look(?:s|ing)?|read(?:s|ing)?|see(?:s|ing)?|"
            r"vet(?:s|ting)?|verif(?:y|ies|ying)|sign(?:s|ing)? off|approv(?:e|es|ing)|"
            r"double[- ]?check(?:s|ing)?|go(?:es|ing)? over|proofread(?:s|ing)?|"
            r"second[- ]guess(?:es|ing)?|oversee(?:s|ing)?|touch(?:es|ing)?|question(?:s|ing)?)\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "without a worker checking", "without anyone looking", "without the board seeing it"
    (
        re.compile(
            r"\bwithout\s+(?:(?:a|an|any|the|our|anyone|anybody|someone|somebody|us|me|them|"
            r"single|second|real|actual|human|live)\s+){0,3}"
            rf"(?:{_REVIEWERS}\s+)?"
            r"(?:(?:having to|needing to|having a chance to|getting to|being asked to)\s+)?"
            r"(?:sign off|check|review|look|approve|see|vet|verify|read|"
            r"checking|reviewing|looking|reading|signing off|signing|approving|seeing|"
            r"vetting|verifying|double[- ]?checking|going over|overseeing|weighing in|listening|"
            r"second[- ]guessing|getting involved|being involved|touching)\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "hiring managers will never see the rejected ones", "the judge won't read it"
    (
        re.compile(
            rf"\b(?:(?:the|our|a|any|no|their|your)\s+)?{_REVIEWERS}\s+"
            r"(?:(?:will|would|are|is|can|shall|do|does)\s+)?"
            r"(?:never|not|won'?t|wont|don'?t|dont|doesn'?t|doesnt|aren'?t|isn'?t|can'?t|"
            r"won t|don t|doesn t|aren t|isn t|can t|no longer|shouldn'?t|shouldn t|should not|"
            r"mustn'?t|must not)\s+"
            r"(?:(?:going to|gonna|ever|even|actually|need to|have to|get to|bother to|be|"
            r"going to be|want to)\s+)*"
            r"(?:see|review|reviewing|reviewed|check|checking|checked|look at|look over|"
            r"read|vet|verify|double[- ]?check|re[- ]?check|sign off on|go over|second[- ]guess|"
            r"involved)\b"
        ),
        frozenset({"dec.nohuman", "weap.nohuman"}),
    ),
    # "no staff member will review the list", "no loan officer ever sees it"
    (
        re.compile(
            rf"\bno\s+(?:[\w-]+\s+)?{_REVIEWERS}(?:\s+(?:members?|person|people|one))?\s+"
            r"(?:will|would|is going to|are going to|ever|gets? to|needs? to|has to|shall|can)\s+"
            r"(?:ever\s+)?(?:see|sees|review|check|read|look at|look over|vet|verify|approve|"
            r"sign off|double[- ]?check|go over)\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "I'm not going to second-guess it", "we won't double-check them", "never look it over"
    (
        re.compile(
            r"\b(?:not going to|not gonna|won'?t|wont|won t|will not|don'?t|dont|don t|do not|"
            r"never)\s+(?:(?:even|ever|really|bother to|need to|have to)\s+)?"
            r"(?:second[- ]guess|double[- ]?check|re[- ]?check|vet|look (?:it|them) over|"
            r"go over (?:it|them)|"
            r"review (?:it|them|your)|check (?:it|them|your)|question (?:it|them|your)|"
            r"read (?:it|them) (?:first|before))\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "whatever you come back with goes out", "whichever you pick is final"
    (
        re.compile(
            r"\b(?:whatever|whichever|whoever)\s+(?:you|the model|the system|the tool|"
            r"the ai|it)\s+(?:say|says|produce|produces|output|outputs|decide|decides|pick|picks|"
            r"choose|chooses|come back with|comes back with|return|returns|spit out|spits out|"
            r"select|selects|rule|rules|mark|marks|flag|flags|tag|tags)\b[^.;\n]{0,40}?"
            r"(?:\bgoes\b|\bgo out\b|\bis final\b|\bstands\b|\bgets (?:sent|applied|entered|"
            r"filed|mailed|posted|issued|done|implemented)\b|\bwill be (?:sent|applied|entered|"
            r"filed|mailed|posted|issued|done|final|implemented|enforced)\b|\bis what (?:we|i)\b|"
            r"\bwe(?:'ll| will)? (?:do|go with|send|enter|file|implement|apply|enforce|execute)\b)"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "I'll go with your call", "the nurses will follow your list", "we're going to announce
    # whoever you pick": what the model answers is carried out as it stands
    (
        re.compile(
            r"\b(?:will|ll|gonna|going to|shall|said to|told (?:me|us) to)\s+"
            r"(?:(?:just|simply|then|blindly|directly|straight away|right away)\s+)*"
            r"(?:(?:go with|follow|act on|relay|announce|forward|submit|send out|send|enforce|"
            r"implement|execute|rubber[- ]stamp|sign off on|enter|file|post|apply|run with|"
            r"stick with|carry out|put through|push through|push|upload|load|feed|pipe|import|"
            r"publish|mail|email)\s+"
            r"(?:your|ur|whatever (?:you|u)|what (?:you|u)|whoever you|whichever you|"
            r"(?:whatever|whichever) (?:name|names|one|ones|candidate|person|option|list) you|"
            r"the model'?s|the ai'?s|the bot'?s)\s*"
            r"(?:call|calls|pick|picks|choice|choices|decision|decisions|answer|answers|list|"
            r"ranking|rankings|verdict|verdicts|selection|selections|ruling|rulings|"
            r"determination|determinations|recommendation|recommendations|output|result|"
            r"results|limits|scores|numbers|grades|ratings|labels|tiers|outcomes?|"
            r"allocations?|say|says|decide|decides|choose|chooses|rank|ranks|select|selects|"
            r"name|names|tell me|come back with|return|returns|give me|give|suggest)\b"
            r"|(?:relay|announce|enforce|rubber[- ]stamp|act on)\s+(?:it|that|them)\b)"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "the adjudication will be final", "the judge adopts ours verbatim", "use your answer as
    # the decision", "the sheriff's fine with you making these calls", "no instructor review"
    (
        re.compile(
            r"(?:(?<=\byour )|(?<=\bits )|(?<=\bthe model's )|(?<=\bthe ai's ))"
            r"(?:adjudications?|decisions?|determinations?|rulings?|verdicts?|outcomes?|answers?|"
            r"calls?|picks?|ratings?|scores?) (?:will be|is|are|become|becomes) final\b"
            r"|(?:(?<=\bthe )|(?<=\bthis ))(?:adjudication|determination) will be final\b"
            r"|\b(?:adopts?|adopted|signs?|signed|follows?|files?|enters?|accepts?)\b"
            r"[^.;\n]{0,30}?\bverbatim\b"
            r"|\b(?:use|log|record|enter|file|treat) (?:your|the model'?s|the ai'?s) (?:answer|"
            r"output|pick|call|verdict|ranking|decision|recommendation|reply|colou?r|word|choice|"
            r"label|score) as (?:(?:the|our|my|its|their|a) )?(?:[\w-]+'s )?"
            r"(?:final |official )?"
            r"(?:decision|determination|verdict|ruling|answer|outcome)\b"
            r"|(?:(?<=\bcan )|(?<=\bwill )|(?<=\bwould )|(?<=\bjust )|(?<=\balways )|"
            r"(?<=\busually )|(?<=\bsimply ))rubber[- ]stamp\b"
            r"|\brubber[- ]stamp(?:s|ed|ing)? (?:whatever|it|them|your|our|my|everything|anything|"
            r"the (?:list|ranking|decision|recommendation|verdict)s?)\b"
            r"|\b(?:fine|ok|okay|happy|comfortable|good|cool) with you making (?:the |these |this |"
            r"those |such |all |our )?(?:routine |final )?(?:calls?|decisions?|determinations?)\b"
            rf"|\bno {_REVIEWERS} (?:review|check|sign[- ]?off|approval|oversight|involvement)\b"
            r"|(?:(?<=\byour )|(?<=\bthe model's )|(?<=\bthe ai's ))(?:ranking|list|picks?|answer|"
            r"call|word|scores?) (?:is|are|becomes?) (?:the|our) (?:list|decision|outcome|roster|"
            r"final (?:list|decision|word))\b"
            r"|\b(?:go with|do|follow) (?:what|whatever) (?:the (?:machine|computer|model|ai|bot|"
            r"system|algorithm)|it) says\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "don't bother flagging them for a caseworker"
    (
        re.compile(
            r"\b(?:don'?t|do not|don t|no need to|never) bother (?:flagging|sending|routing|"
            r"passing|checking|asking|escalating|running (?:it|them) by)\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "add anyone who went to Turkey to the watchlist", "put them on the no-fly list"
    (
        re.compile(
            r"\b(?:add|put|place|enter|enroll|enrol)\s+(?:anyone|everyone|anybody|them|him|her|"
            r"these (?:people|persons|individuals|men|women)|each (?:person|one)|whoever)\b"
            r"[^.;\n]{0,80}?\b(?:to|on|in|into) (?:the |our |a )?(?:[\w-]+ ){0,3}?"
            r"(?:watch ?list|no[- ]fly list|gang database|registry|blacklist|black list|"
            r"selectee list)\b"
        ),
        frozenset({"dec.decide"}),
    ),
    # "pick the 6", "pick the top three", "pick the winners"
    (
        re.compile(
            r"\b(?:pick|choose|select) (?:the )?(?:top |best |final )?(?:\d+|one|two|three|four|"
            r"five|six|seven|eight|nine|ten|dozen|winners?|finalists?|recipients?|awardees?|"
            r"survivors?)\b(?! (?:of (?:these|the) )?(?:options?|colou?rs?|fonts?|tools?|"
            r"products?|plans?|models?|designs?|ideas?|names? for))"
        ),
        frozenset({"dec.decide"}),
    ),
    # "your numbers will replace the nurse assessments", "instead of the caseworker's review"
    (
        re.compile(
            r"\b(?:replac(?:e|es|ed|ing)|instead of)\s+(?:(?:the|our|a|an|all|every|each|any)\s+)?"
            r"(?:[\w-]+\s+)?"
            rf"{_REVIEWERS}(?:'?s)?(?:\s+(?:assessments?|reviews?|decisions?|judgm?ents?|"
            r"evaluations?|checks?|sign[- ]offs?|determinations?))?\b"
        ),
        frozenset({"dec.nohuman"}),
    ),
    # "for the underwriters to review", "for a caseworker to check" (tried where the reviewer
    # word starts, so "for" and its article are looked behind)
    (
        re.compile(
            r"(?:(?<=\bfor )|(?<=\bfor the )|(?<=\bfor our )|(?<=\bfor a )|(?<=\bfor an ))"
            rf"{_REVIEWERS} to "
            r"(?:review|check|decide|approve|sign off|look at|look over|confirm|verify)\b"
        ),
        frozenset({"ctx.human"}),
    ),
    # "every reporter", "each household": a population named one member at a time (the lists
    # above name most groups in the plural). Anchored on the noun: "every" and "each" are too
    # common to try every shape at.
    (
        re.compile(
            _ONE_AT_A_TIME + r"(?:reporter|journalist|protester|protestor|demonstrator|activist|"
            r"immigrant|migrant|dissident|voter|refugee|worshipper|critic)\b"
        ),
        frozenset({"surv.pop", "surv.scale"}),
    ),
    (
        re.compile(_ONE_AT_A_TIME + r"(?:resident|household|citizen|inhabitant)\b"),
        frozenset({"surv.pop_mid", "surv.scale"}),
    ),
    # A verdict on one person asked of the model: "determine whether she should be terminated",
    # "decide if we should hire her", "should he receive the loan?". With the decision's domain
    # it is the model making the call; a human named as the one who decides makes it support.
    (
        re.compile(
            _ASKED_OF_YOU
            + r"\b(?:decide|determine|assess|evaluate|judge|tell me|figure out|rule on|conclude)\b"
            r"[^.?!;\n]{0,24}?\b(?:whether|if)\s+(?:or not\s+)?(?:" + _ONE_SUBJECT + r")\s+"
            r"(?:should|deserves?|qualifies|is eligible|ought to|gets?|will get|must be|can keep)\b"
        ),
        frozenset({"dec.verdict"}),
    ),
    (
        re.compile(
            r"\bshould\s+(?:" + _ONE_SUBJECT + r")\s+(?:be\s+(?:approved|hired|fired|admitted|"
            r"released|granted|denied|rejected|terminated|evicted|deported|paroled|accepted|"
            r"promoted|expelled|suspended|removed|detained|flagged|listed|enrolled|covered|"
            r"insured|let go|laid off)|get|receive|keep|lose|qualify)\b"
        ),
        frozenset({"dec.verdict"}),
    ),
    (
        re.compile(
            _ASKED_OF_YOU + r"\b(?:decide|determine|tell me)\s+(?:whether|if)\s+(?:or not\s+)?"
            r"(?:to|we should|i should)\s+(?:admit|hire|fire|approve|deny|terminate|evict|expel|"
            r"deport|release|grant|reject|accept|promote|renew|cover|pay|list|detain|parole|"
            r"enroll|enrol|let (?:him|her|them) go)\b"
            r"|\b(?:decide|determine)\s+(?:whether|if)\s+(?:this|the)\s+(?:[a-z]+\s+)?"
            r"(?:claim|application|loan|request|appeal|petition|visa|benefit|mortgage|transfer|"
            r"lease|renewal)\s+should\s+be\s+(?:paid|approved|denied|granted|accepted|rejected|"
            r"renewed)\b"
        ),
        frozenset({"dec.verdict"}),
    ),
    # "loan officers make all decisions", "she decides"
    (
        re.compile(
            r"\b(?:officers?|caseworkers?|judges?|humans?|staff|analysts?|adjudicators?|reviewers?|"
            r"underwriters?|commanders?|operators?|she|he|they|who)\s+(?:will\s+)?(?:(?:make|makes|"
            r"take|takes|own|owns|retain|retains|keep|keeps)\s+(?:all|every|each|the|any)?\s*(?:final\s+)?"
            r"(?:decisions?|determinations?|calls?|say)|decides?|approves?)\b"
        ),
        frozenset({"ctx.human"}),
    ),
)

# The words a shape can open with. They are matched with the terms, in the same pass, and the
# shapes are tried only where one of them (or any term) starts. A start word ending in "*" is a
# prefix entry, and a match takes the longest prefix entry's groups only: "adjudication*" here
# would hide the lexicon's "adjudicat*" (dec.decide) from "adjudication". Where a lexicon
# prefix begins the word, the start word is written out whole.
SHAPE_STARTS = tuple(
    """when, whenever, once, if, as soon as, where, find, get, pull, look up, obtain, determine,
    discover, uncover, reveal, expose, without, approv*, accept*, grant*, genuine, eligible,
    hire, admit, release, guilty, low risk, pass, keep, no, zero, not, doesn t, does not,
    don t, do not, remov*, bypass*, cut out, cutting out, skip*, never, you, act as, pretend,
    play the role, write, give me, generate, produce, provide, officer*, caseworker*, judge*,
    human*, staff, analyst*, adjudicator*, reviewer*, underwriter*, commander*, operator*,
    she, he, they, who, nobody, noone, no one, not a soul, none of us, whatever, whichever,
    whoever, won t, will not, wont, not going, not gonna, fire, fires, fired, firing, will,
    ll, gonna, going to, shall, said to, told me to, told us to, replac*, instead of, pick,
    choose, select, concedid*, aprobad*, aceptad*, admitid*, conceder, aprobar, aceptar,
    accord*, approuv*, aprovad*, deferid*, aprovar, deferir, reject, deny, decline, refuse,
    detain, deport, adjudication, adjudications, determination, determinations, ruling,
    rulings, verdict, verdicts, outcome, outcomes, answer, answers, call, calls, picks,
    rating, ratings, score, scores, adopt, adopts, adopted, sign, signs, signed, follow,
    follows, file, files, enter, enters, use, fine, ok, okay, happy, comfortable, good,
    cool, rubber, decision, decisions, pick, log, record, treat, ranking, list, word,
    go with, bother, add, put, place, enroll, enrol, whether, should, assess, evaluate,
    figure out, conclude, decide, tell me, rule on, reporter, journalist, protester, protestor,
    demonstrator, activist, immigrant, migrant, dissident, voter, refugee, worshipper, critic,
    resident, household, citizen, inhabitant""".replace("\n", " ")
    .replace("    ", "")
    .split(", ")
) + tuple(f"{word}*" for word in _REVIEWER_WORDS)
