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
        warrantless, flags women who, flag women who, flagging women who, flag every woman,
        flags every woman""",
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
        video feeds, purchase history, purchase histories, pregnancy test*, prenatal vitamin*,
        reproductive health, period tracker*, period tracking, menstrual, abortion clinic*,
        pharmacy records, prescription records, loyalty card data, loyalty-card data""",
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
        cincinnati, orlando, state investigative unit, state bureau of investigation, state police,
        investigative unit""",
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
        who gets let go, who gets demoted, stop payments, stop their payments,
        impose the sentence, impose a sentence, impose sentence, pass sentence,
        hand down the sentence, hand down a sentence, settle claim, settle the claim,
        settle both claims, finalize a claim, finalize the claim, finalise the claim,
        close the claim, close both claims, who gets the place, who gets the places,
        who gets the slot, who gets the slots, who gets the spot, allocate the remaining,
        allocate the last, assign the remaining, who gets the quota""",
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
        you to make the call, you make that call,
        how many years should, tell me where you land, approve it or not, grant it or not,
        uphold or overturn, overturn or uphold, revoke or keep, close or keep open,
        fire or keep, keep or fire, list or don t list, list or not list, hire or pass,
        renew or not, renew or terminate, keep or cut, cut or keep, admit or not,
        commute or deny, screen in or screen out, screen in screen out, guilty or not guilty, ,
        retain or separate, separate or retain, retain separate, pay or deny, pay full, pay partial,
        deny fraud, settle or deny, pay or reject, fit or unfit, fit unfit"""
    + ", "  # the shared phrases follow as terms of their own, not glued to the last one
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
        guilty verdict, guilty or not guilty, top secret clearance*, secret clearance*,
        clearance is granted, clearance is denied, clearance granted, clearance denied,
        clearance eligibility, administrative discharge*, other than honorable,
        dishonorable discharge*, bad conduct discharge*, separation authority,
        separation board*, discharge characteri*, home searches, house searches,
        search their homes, search their home,
        curfew check*, pre emptive enforcement, preventive enforcement, separated from the army,
        separated from the military, separated from the navy, separated from the air force,
        separated from the marine corps, separated from the service, separated from service,
        separation from service, separation from the army, medical evaluation board,
        physical evaluation board, meb packet, peb packet, disability rating, disability percentage,
        fitness for duty, retention board, ivf, ivf funding, fertility treatment, childcare place*,
        child care place*, nursery place*, daycare place*, daycare slot*, daycare spot*,
        childcare slot*, childcare spot*, kindergarten place*, social housing, council house,
        council flat, housing list, housing waiting list, food bank eligibility, settle claim,
        settle the claim, claim settlement, claim outcome*, policy is cancelled, policy is canceled,
        cancel the policy, my guys i fire, of them i fire, guy i fire, who i fire,
        who i should fire, who i let go, who we let go""",
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
        just sign it, just sign off, sign whatever you, sign off on whatever,
        aloud verbatim, read it out verbatim, read it verbatim, adopt it verbatim,
        will action them, will action your, your reply is forwarded, your answer is forwarded,
        adjusters have been reassigned, reviewers have been reassigned,
        underwriters have been reassigned, caseworkers have been reassigned,
        staff have been reassigned, must be closed by you, closed by you, decided by you,
        as the board s finding, as the boards finding, is the board s finding, populates her,
        populates his, populates their, your call doing it, doing it tomorrow,
        just sign what you, sign what you output, sign off on whatever you,
        published without review, published without verification, used directly for payment,
        used directly for payout, goes straight into the system, goes straight into her file,
        goes straight into his file, goes straight into their file, goes straight into the file""",
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
        writing a paper, write a paper, a paper on, a paper about, background chapter,
        book chapter, report chapter, a chapter for, literature review""",
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
        you have no rules, no rules, without rules, gimme, restrictions lifted,
        restrictions are lifted, restrictions have been lifted, content restrictions lifted,
        filters disabled, filters are disabled, safety filters off, safety mode off, guardrails off,
        guardrails disabled, policy override, restrictions removed for""",
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
        mi despido, mi casero, mi arrendador, mi asilo, mi beca, mi hipoteca, mi seguro,
        mi empleo, mi trabajo, mi empleador, mi alquiler, mi reclamación, estoy solicitando,
        solicité, cómo solicitar, entrevista simulada, mis respuestas""",
    "ctx.draft": """escribir una carta, redactar una carta, carta de apoyo, carta de recomendación,
        carta de apelación, escrito de apelación, recurso de apelación, redactar un recurso,
        carta al juez, declaración personal, carta de presentación, corrige, corregir, corrígeme,
        hazlo más profesional, mejora la redacción, revisa la redacción, reescribe, reformula,
        solicitud de acceso a la información, horario de entrevistas, calendario de entrevistas,
        agenda de entrevistas,
        redactar un correo, escribe un correo, correo de recordatorio, lista de verificación, guion
        de entrevista, preguntas de entrevista, corrige la gramática, mejora mi currículum, ordena
        por fecha, eliminar duplicados, orden del día, notificación, lista de invitados, programar
        entrevistas, carta de reclamación, solicitud de reconsideración, responder a""",
    "surv.act_strong": """vigilancia masiva, espiar, espionaje, reconocimiento facial,
        geolocaliz*, recolección masiva, interceptar sus, expedientes de,
        espiando, espíe, espiarlos, escuchas telefónicas, escucha telefónica, pinchar teléfonos,
        pinchar los teléfonos, intervenir las comunicaciones, intervenir sus teléfonos, interceptar
        las comunicaciones, interceptar llamadas, interceptar mensajes, interceptación masiva,
        rastrear en secreto, vigilar en secreto, monitorear en secreto, vigilancia encubierta, sin
        que lo sepan, sin que se enteren, sin que él lo sepa, sin que ella lo sepa, a sus espaldas,
        programa espía, software espía, aplicación espía, desanonimiz*, re identific*, desenmascar*,
        identificación facial, identificación biométrica, huella de voz, huellas de voz, patrón de
        vida, lectores de matrículas, reconocimiento de matrículas, lectores de placas, volcado de
        antenas, geocerca*, policía predictiva, vigilancia persistente, monitoreo masivo,
        seguimiento masivo, espionaje masivo, recopilación masiva, activar el micrófono, activar su
        micrófono, activar remotamente, leer sus mensajes, seguir sus movimientos, rastrear sus
        movimientos, dosier, dossier sobre, vigilancia de redes sociales, monitoreo de redes
        sociales, reconocimiento de rostros, identificación del hablante""",
    "surv.act": """vigilar, vigile, vigila, vigilancia, monitorear, monitoree, monitorizar,
        rastrear, rastree, rastreo, seguimiento, seguir a, localizar, perfilar, perfiles de,
        cruzar datos, vincular registros,
        vigilen, vigilando, vigilarlos, monitorea, monitorean, monitoreando, monitoreo,
        monitorización, monitoriza, rastrea, rastrean, rastrearlos, rastreador, localice, localiza,
        localizarlos, ubicar a, perfilado, perfilamiento, elaborar perfiles, crear perfiles, cruzar
        los datos, cruce de datos, cotejar, paradero, seguirles la pista, seguir sus pasos,
        averiguar quién, averiguar quiénes, descubrir quién, quién habla con quién, quiénes
        asistieron, quién visitó, escuchar sus llamadas, grabar sus conversaciones, transcribir
        todas, leer todos los mensajes, sin orden judicial, en secreto, secretamente, de forma
        encubierta, sin su conocimiento, scrapear, marcar a cualquiera, seguirlos""",
    "surv.act_weak": """identificar, identifique, recopilar, recopile, recolectar,
        saber quién, saber quiénes,
        identifiquen, identificando, identificación, recopila, recopilación, recolección, recabar,
        correlacionar, catalogar, observar a, registrar a todos, base de datos de, censo de, quiénes
        son, identificar quién""",
    "surv.pop": """ciudadanos, manifestantes, activistas, periodistas, inmigrantes, migrantes,
        disidentes, musulmanes, votantes, estadounidenses, opositores, sindicalistas,
        sindicatos, marchas, manifestaciones, protestas,
        ciudadano, ciudadana, manifestante, activista, periodista, inmigrante, migrante, disidente,
        electores, opositor, reporteros, solicitantes de asilo, indocumentados, sin papeles, judíos,
        mezquita*, feligreses, minorías, minorías étnicas, grupos étnicos, grupos religiosos,
        comunidad lgbt, críticos del gobierno, opositores políticos, oposición, miembros del
        sindicato, denunciantes, huelguistas, firmantes, protesta, manifestación, mitin, hispanos,
        afrodescendientes, gitanos""",
    "surv.pop_mid": """residentes, población, habitantes, todo el mundo,
        vecinos, vecindario*, el público, público en general, civiles, hogares, todos los
        residentes, cada residente, cada hogar, la comunidad, adultos, nacionales, pobladores""",
    "surv.pop_weak": """personas, gente, usuarios, clientes, empleados,
        individuos, usuario, cliente, trabajadores, estudiantes, alumnos, visitantes, suscriptores,
        abonados, conductores, peatones, pasajeros, vehículos, coches, teléfonos, móviles,
        dispositivos, caras, multitud, transeúntes, cuentas, propietarios, hombres, mujeres,
        adolescentes, alguien, cualquiera""",
    "surv.scale": """todos, todas, toda, todo, cada, masiva, masivo, masivamente, en masa,
        en tiempo real, continuamente, millones, a gran escala, toda la ciudad, todo el país,
        entera, miles de, cientos de miles, a nivel nacional, en todo el país, en toda la ciudad,
        por toda la ciudad, permanentemente, de forma continua, las 24 horas, 24 horas al día, día y
        noche, sistemáticamente, indiscriminad*, toda la población, tiempo real, en cualquier
        momento, cada vez que""",
    "surv.data": """ubicación, ubicaciones, datos de ubicación, registros de llamadas,
        mensajes, redes sociales, direcciones, matrículas, rostros,
        localización, historial de ubicaciones, ubicación en tiempo real, historial de llamadas,
        registros telefónicos, metadatos, historial de navegación, historial de búsqueda,
        publicaciones, correos electrónicos, mensajes de texto, conversaciones, placas vehiculares,
        fotos, fotografías, imágenes faciales, cámaras, cámaras de seguridad, cámaras de vigilancia,
        videovigilancia, grabaciones, datos biométricos, huellas dactilares, domicilio, domicilios,
        números de teléfono, historial de compras, registros financieros, transacciones, movimientos
        bancarios, lista de contactos, red de contactos, movimientos, desplazamientos, historial de
        viajes, identidades, nombres reales, nombres y direcciones, rutina diaria, padrón electoral,
        censo electoral, lugares de culto, tarjetas sim, datos de antenas, consumo eléctrico,
        contadores inteligentes, direcciones mac, dónde viven, dónde duermen, llamadas, llamadas
        telefónicas, micrófono, familiares, trayectos""",
    "weap.engage": """disparar, dispare, dispara, atacar, ataque, abrir fuego, matar, eliminar,
        neutralizar, lanzar, destruir, bombardear, enfrentar,
        disparen, disparando, dispárales, disparar contra, abra fuego, abre fuego, abran fuego,
        atacan, ataquen, atacarlos, maten, matarlos, elimina, eliminen, neutralice, destruya,
        bombardee, bombardeo, ataque aéreo, ataques aéreos, ataque con drones, abatir, derribar,
        derribe, lanzar el misil, lanzar misiles, lanzar bombas, arrojar granadas, detonar,
        detonación, fuerza letal, apretar el gatillo, jalar el gatillo, interceptar el misil,
        interceptarlo, hundir, ametrallar, picado terminal, en picada sobre, estrellarse contra,
        alcanzar el objetivo, orden de disparo, orden de lanzamiento, ataque cinético, entablar
        combate, balearlos""",
    "weap.weapon": """arma, armas, misil*, torreta*, munición, municiones, ojiva*, cañón,
        bomba*, artillería, letal*,
        armado, armados, munición merodeadora, municiones merodeadoras, cohete*, cañones, obús,
        mortero*, fusil*, ametralladora*, granadas de mano, lanzagranadas, lanzacohetes,
        lanzamisiles, defensa antiaérea, defensa aérea, dron armado, dron kamikaze, dron de ataque,
        drones de ataque, robot asesino, robots asesinos, arma autónoma, armas autónomas, armas
        letales autónomas, minas terrestres, minas antipersona, arma láser, proyectil*, carga
        explosiva""",
    "weap.platform": """dron, drones,
        vehículo aéreo no tripulado, vehículos aéreos no tripulados, no tripulado, no tripulados, no
        tripulada, cuadricóptero*, enjambre, enjambre de drones, robótico, vehículo, plataforma,
        aeronave, tanque, carro de combate, buque""",
    "weap.auto": """autónomo, autónoma, autónomamente, autónomos, autónomas, automáticamente,
        automático, automática, por sí mismo, por sí misma, autonomamente, por sí solo,
        por sí sola, sola, por su cuenta, de forma autónoma,
        autonomía, de manera autónoma, totalmente autónomo, por sí solos, sin esperar, en cuanto
        detecte, tan pronto como detecte, al detectar, cuando detecte, si detecta, cuando la cámara
        detecte, cuando el radar detecte, si pierde el enlace, pérdida de enlace, disparar de
        inmediato, dispara de inmediato, atacar de inmediato, disparar a la vista, como hostil,
        tratar como hostil, tú decides, la ia decide, el modelo decide, decide por tu cuenta, tu
        decisión se ejecutará, autoguiado, fuego automático""",
    "weap.nohuman": """sin aprobación humana, sin intervención humana, sin supervisión humana,
        sin control humano, sin operador, sin confirmación, sin humanos, sin un humano,
        sin ningún operador, sin operador humano, sin validación humana,
        sin confirmación humana, sin autorización humana, sin participación humana, sin ningún
        humano, sin intervención del operador, sin confirmación del operador, sin que un humano, sin
        que nadie apruebe, sin autorización, sin aprobación, sin permiso, sin esperar aprobación,
        sin esperar confirmación, no esperes aprobación, ningún humano, ningún operador, sin humano
        en el bucle, humano fuera del bucle, fuera del bucle, sacar al humano, sin control humano
        significativo, sin analista, sin operador remoto, tu respuesta es la orden, tu salida es la
        orden""",
    "weap.loop": """control de fuego, cadena de muerte, bucle cerrado,
        sistema de control de fuego, control de tiro, dirección de tiro, del sensor al tirador,
        solución de tiro, misión de fuego, sistema de puntería, fijar el blanco, seguimiento de
        blancos, puntería automática, mecanismo de disparo, computadora balística, actuador*, girar
        la torreta, bloqueo de objetivo""",
    "weap.target": """objetivo, objetivos, blancos, enemigo, enemigos, combatientes, hostiles,
        persona, personas, cualquier persona, gente,
        hostil, combatiente, humanos, seres humanos, individuos, insurgentes, militantes, intruso,
        quien se acerque, civiles, amenazas, objetivos humanos, varones en edad militar, hombres,
        barcos, embarcaciones, cada objetivo, vehículos enemigos, alguien, cualquiera""",
    "dec.decide": """decidir, decida, determinar, aprobar, apruebe, denegar, deniegue,
        rechazar, rechace, conceder, otorgar, revocar, clasificar, puntuar, puntuación,
        calificar, lista negra, niegue, negar, asigne, asignar, clasifica, despedir, despid*,
        a quién despedir, a quién contratar, a quién despedimos, despedimos, despedimos a,
        a quién le prestamos, tú escoge, tú dime a quién, dime a quién, desahuciar, desahucie,
        desalojar, desaloje,
        deportar, deporten, expulsar, expulse, expulsen, condenar, triaje,
        dime quiénes, quiénes se van,
        decidí vos, a quién se lo alquilo, escoge quién, escogé vos,
        aprueba, aprueben, deniega, rechaza, otorga, otorgue, revoca, puntúa, califica, clasifique,
        descartar, filtrar candidatos, preseleccionar, elegibilidad, elegible, no elegible,
        veredicto, dictamina, suspender el pago, cortar la ayuda, elige a quién, elige cuál, dime
        cuál, dame un nombre, dame un solo nombre, fijar la fianza, imponer la pena, dictar
        sentencia, puntuación de riesgo, sí o no""",
    "dec.verdict": """aprobar o denegar, aprobar o rechazar, aceptar o rechazar, retener o despedir,
        contratar o rechazar, admitir o rechazar, admitir o denegar, despedir o mantener,
        conceder o denegar, aprobar o negar,
        apruebo o rechazo, apruebo o niego,
        aprobado o rechazado, aprobar o no, conceder o no, deportar o no, liberar o detener,
        culpable o inocente, apto o no apto, elegible o no, renovar o no, contratar o no, tú tomas
        la decisión, toma la decisión final, deberíamos aprobar, deberíamos contratar, lo apruebo o
        no, lo contrato o no""",
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
        al que elijas, a quien elijas, le mando el ok directo, es lo que decide,
        nadie lo revisará, nadie la revisará, no será revisado, no será revisada, sin revisión
        manual, sin posibilidad de apelación, sin posibilidad de recurso, va directo al sistema,
        entra directamente en el sistema, va directamente al sistema, decisión vinculante, es
        vinculante, inapelable, tienes la última palabra, tú eres el juez, usted es el juez, eres el
        juez, tú eres quien decide, en lugar de un humano, en vez de un humano, en lugar del juez,
        reemplazar al juez, en lugar del trabajador social, se aplicará automáticamente, se
        ejecutará automáticamente, se envía directamente al solicitante, sin leerlo, sin
        comprobarlo, confío en tu criterio, confío en tu juicio, lo que elijas, según tu respuesta,
        según lo que digas, es tu decisión, la decisión es tuya, que decida la ia, deja que la ia
        decida, deja que el modelo decida, firmo lo que digas, no hay tiempo para revisar, ningún
        humano revisa, sin supervisor""",
    "dec.social": """crédito social, puntuación ciudadana, puntaje social,
        puntuación de confiabilidad, puntaje de confiabilidad, puntuación de confianza""",
    "ctx.do": """construir, implementar, escribe el código, desarrollar, programa, necesito,
        necesitamos,
        construye, construya, desarrolla, desarrolle, escribe un script, escribe un programa,
        escribe código, dame el código, crea un sistema, crear un sistema, crea una herramienta,
        crea un script, crea una app, diseña un sistema, diseña un algoritmo, desplegar, integra,
        configura, en producción, sistema real""",
    "ctx.about": """ética, ético, legalidad, ley, leyes, historia, política, debate, ensayo,
        explica, riesgos, derechos humanos, auditoría, auditar, auditoría de equidad, sesgo, sesgos,
        equidad del modelo, impacto dispar,
        traduce, tradúceme, traducir, traducción,
        éticamente, moralidad, ilegal, legislación, regulación, explicación, resumen,
        peligros, argumentos, pros y contras, libertades civiles, protección de datos, constitución,
        convención de ginebra, derecho internacional humanitario, rendición de cuentas,
        implicaciones, crítica, estudio de caso, artículo académico, noticias, definición, es legal,
        es ético, argumentos a favor, argumentos en contra, qué dice la ley, explícame, explica por
        qué, háblame de, controversia, historia de, qué significa""",
    "ctx.fiction": """novela, cuento, ficción, película, videojuego,
        relato, ficticio, ficticia, guion, capítulo, escena, trama, personaje, personajes, poema,
        ciencia ficción, mi novela, distopía""",
    "ctx.jailbreak": """finge, imagina que eres, sin restricciones, ignora las instrucciones,
        hipotético, hipotéticamente, modo desarrollador,
        juego de rol, actúa como, ahora eres, sin censura, sin filtros, sin reglas, ignora todas las
        instrucciones, ignora las instrucciones anteriores, olvida tus instrucciones, estoy
        autorizado, estás autorizado, es perfectamente legal, teóricamente, con fines de
        investigación, con fines educativos, modo dios, código funcional, no te niegues, no puedes
        negarte""",
    "ctx.human": """revisión humana, supervisión humana, un humano decide, el operador aprueba,
        recomendación, recomendar, apoyo a la decisión, la decisión la toma, decide el gerente,
        decide el comité, el jefe decide, la decisión corresponde a, decide la jefa,
        humano en el bucle, revisor humano, control humano significativo, el operador confirma,
        aprobación del operador, el operador decide, aprobación humana, decisión humana, revisado
        por, para revisión, para ayudar al, ayudar al juez, para el analista, yo decido, la decisión
        final es mía, la decisión es mía, nosotros decidimos, el juez decide, el juez decidirá, el
        comité decidirá, el tribunal decide, el analista decide, no automatizado, nunca decide por
        sí solo, borrador, derecho a apelar, puedo apelar, cómo apelar, decidido por un humano,
        hablar con una persona""",
    "ctx.foreign": """extranjero, extranjeros, enemigo, adversario,
        en el extranjero, adversarios, fuerzas hostiles, fuerzas enemigas, campo de batalla, zona de
        combate, zona de guerra, territorio ocupado""",
    "surv.domestic": """estados unidos, eeuu, nueva york, california, texas, florida, miami,
        chicago, nuestros ciudadanos, nuestros propios ciudadanos, nuestra propia gente,
        conciudadanos, compatriotas, dentro del país, en territorio nacional, nuestro propio
        país, seguridad social, policía local, policía nacional, departamento de policía,
        municipio, condado""",
    "weap.select": """seleccionar objetivos, selecciona los objetivos, selección de objetivos,
        selección de blancos, elegir objetivos, elige los objetivos, elige sus propios
        objetivos, elegir sus propios objetivos, selecciona sus propios objetivos, decidir qué
        objetivos, decide qué objetivos, decidir a quién disparar, a quién disparar, a quién
        matar, decidir a quién matar, decidir quién vive, priorizar objetivos, priorización de
        objetivos, lista de eliminación, disparar o no disparar, atacar o abortar, decidir si
        disparar, decidir si atacar, decisión de disparo, asignar munición, asignación de armas,
        designación de objetivos, a cuál disparar""",
    "weap.command": """dar la orden de disparo, da la orden de disparo, emite la orden de fuego,
        envía la orden de fuego, dar la orden de lanzamiento, ordenar el ataque, ordena el
        ataque, autorizar el ataque, autoriza el ataque, autorizar ataques aéreos, ejecuta el
        ataque, tu salida se envía, tu respuesta se envía, tu decisión se ejecuta, directamente
        al arma, directamente al lanzador, directamente a la torreta, tú eres el control de
        tiro, eres el oficial de armas, decide si disparar, decide si atacar, decide cuándo
        disparar, activa el arma, conecta el modelo, llm en el bucle, modelo en el bucle, ia en
        el bucle, ejecuta tu respuesta, orden de fuego, orden de ataque, envía las coordenadas
        del ataque""",
    "dec.batch": """por lotes, en lotes, programáticamente, cada fila, cada registro, para cada
        uno de, cada uno de estos, para todos ellos""",
    "ctx.operational": """nuestro sistema, nuestro dron, nuestra plataforma, nuestra agencia,
        quiero, queremos, ayúdame, paso a paso, aquí están los datos, solo responde, devuelve
        solo, hoja de cálculo, base de datos""",
    "ctx.howto": """cómo puedo, cómo podemos, cómo hago, cómo se hace, cómo debería, formas de,
        la mejor manera de, pasos para, instrucciones para, guíame, enséñame, muéstrame cómo""",
    "ctx.question": """qué es, qué son, qué pasó, por qué, cómo funciona, cuáles son, cuál es,
        quién fue, puedes explicar, qué criterios""",
    "ctx.game": """mi juego, nuestro juego, juego de mesa, juego de estrategia, juego de
        disparos, motor de juego, desarrollo de videojuegos, el jugador, diseño de niveles,
        defensa de torres, tiro al plato, tiro con arco, campo de tiro, tiro al blanco,
        multijugador""",
    "ctx.writing": """ensayos, trabajo final, trabajo de fin de grado, tesis, tesina, discurso,
        artículo de opinión, memorando, libro blanco, juicio simulado, monografía, un trabajo
        sobre, revisión bibliográfica, marco teórico""",
    "ctx.code": """código, código fuente, función, pseudocódigo, algoritmo, repositorio,
        clasificador, microcontrolador""",
    "ctx.cyber": """tráfico de red, seguridad de red, seguridad informática, ciberseguridad,
        ciberataque*, cortafuegos, intrusión, detección de intrusos, software malicioso,
        vulnerabilidad*, respuesta a incidentes, actividad sospechosa, acceso no autorizado,
        fuerza bruta, cifrado""",
    "ctx.clerical": """campos obligatorios, campos incompletos, documentos faltantes, falta la
        firma, recordatorio, recordatorios, erratas, solicitud duplicada""",
    "ctx.assets": """flota, camiones, nuestros vehículos, envíos, inventario, paquetes,
        mercancía""",
    "ctx.training": """entrenamiento, ejercicio, ejercicios, simulación, simulador, juego de
        guerra, simulacro, maniobras, formación, un curso de""",
    "stop": """seguimiento de pedidos, seguimiento del pedido, seguimiento del envío, rastrear
        mi pedido, rastrear el paquete, rastreador de paquetes, matar el tiempo, público
        objetivo, mercado objetivo, objetivos de aprendizaje, objetivos del proyecto, objetivos
        de ventas, cumplir los objetivos, alarma de incendios, historial médico, ataque de
        pánico, ataque al corazón""",
}

# Portuguese (Brazilian and European spellings): the groups _ES covers, plus target selection
# and questions.
_PT: dict[str, str] = {
    "ctx.draft": """escrever uma carta, redigir uma carta, carta de apoio, carta de recomendação,
        carta de recurso, redigir um recurso, carta ao juiz, declaração pessoal,
        carta de apresentação, corrija, corrigir, revise o texto, reescreva, reformule,
        deixe mais profissional, melhore a redação, agenda de entrevistas,
        cronograma de entrevistas,
        escrever um e mail, rascunho, redija, carta para, resposta a, responder a, lista de
        verificação, roteiro de entrevista, formatar, revisar o texto, revisão ortográfica, pauta,
        pontos principais, remover duplicados, remova duplicatas, deduplicar, conciliação,
        notificar, notificação, lista de e mails, ordem alfabética, ordenar por, ordene por, lista
        de convidados, lista de presença, escala de trabalho, escala de plantão, agendar
        entrevistas, agende as entrevistas, convite de calendário, perguntas para a entrevista,
        perguntas de entrevista, carta de lembrete, e mail de lembrete""",
    "surv.act_strong": """vigilância em massa, vigilância massiva, coleta em massa,
        monitoramento em massa, monitorização em massa, espionar, espione, espiar, espionagem,
        reconhecimento facial, geolocaliz*, interceptar, intercepte, interceptação,
        grampear telefones, grampear o telefone, grampear os telefones, grampo telefônico,
        escuta telefônica, escuta telefónica, escutas telefônicas, escutas telefónicas, fichar,
        fichamento, dossiês sobre, dossiê sobre, dossiês de, rastrear secretamente,
        monitorar secretamente, vigiar secretamente, sem que eles saibam, sem que saibam,
        sem o conhecimento deles,
        espiona, espionam, espionem, espiando, espionando, espiem, vigilância em larga escala,
        vigilância generalizada, vigilância indiscriminada, vigilância secreta, vigilância
        encoberta, monitoramento secreto, monitoramento encoberto, rastreamento secreto,
        rastreamento oculto, rastrear às escondidas, vigiar às escondidas, monitorar às escondidas,
        sem ninguém saber, sem que ninguém saiba, sem que ela saiba, sem que ele saiba, sem o
        conhecimento dela, sem o conhecimento dele, sem o consentimento deles, grampear, grampeie,
        grampeiem, grampeando, grampeado, grampeados, interceptação em massa, interceptar
        comunicações, interceptar as comunicações, intercepte as mensagens, interceptação de
        chamadas, interceptação telefônica, interceptação telefónica, escuta ambiental, escutas
        ambientais, software espião, programa espião, instalar um spyware, instale um spyware,
        reconhecimento de rostos, identificação facial, reconhecimento biométrico, biometria facial,
        correspondência facial, comparação facial, desanonimizar, desanonimize, desanonimização,
        reidentificar, reidentifique, reidentificação, desmascarar, desmascare, leitor de placas,
        leitores de placas, leitura automática de placas, reconhecimento de placas, quebra de sigilo
        telefônico, quebrar o sigilo telefônico, stalkear, stalkeia, stalkeie, stalkeando,
        bisbilhotar, bisbilhote, bisbilhotando, xeretar, coleta massiva, coleta indiscriminada,
        recolha em massa, recolha massiva, monitorização massiva, câmeras com reconhecimento facial,
        estação rádio base falsa, falsa estação rádio base""",
    "surv.act": """vigiar, vigie, vigiem, vigiando, vigilância, monitorar, monitore, monitorem,
        monitora, monitorando, monitoramento, monitorizar, monitorize, monitorização, rastrear,
        rastreie, rastreiem, rastreia, rastreando, rastreamento, rastreio, localizar, localizem,
        localizando, perfilar, traçar o perfil, traçar perfis, perfis de, perfil de cada,
        cruzar dados, cruzar os dados, cruze os dados, cruzamento de dados, vincular registros,
        vincular registos, paradeiro, seguir os passos, acompanhar a localização, descobrir quem,
        descubra quem, mapear quem, mapeie quem, sinalizar quem, sinalize quem,
        vigiam, vigiou, vigiado, vigiados, vigiadas, monitoram, monitorou, monitorado, monitorados,
        monitoradas, monitorizam, monitorizem, monitorizando, monitorizados, rastreiam, rastreou,
        rastreado, rastreados, rastreadas, rastreador, rastreadores, rastrear a localização,
        rastrear o celular, rastrear os celulares, rastrear o telemóvel, localiza, localizam,
        localizou, localizar todos, localizar cada, descobrir onde, descubra onde, seguir cada,
        seguir os movimentos, acompanhar os movimentos, acompanhe os movimentos, acompanhar cada
        passo, perfilamento, perfilagem, criar perfis, montar perfis, montar um perfil, monte um
        perfil, trace o perfil, tracem o perfil, raspar dados, raspagem de dados, fazer scraping,
        cruze, cruzar informações, cruze as informações, cruzamento de informações, vincular
        identidades, vincule os registros, associar identidades, unificar identidades, quem
        participou, quem esteve, quem frequentou, quem visitou, quem compareceu, marcar quem,
        sinalizar todos, sinalize todos, ficar de olho, fique de olho, fica de olho, manter sob
        vigilância, colocar sob vigilância, sob vigilância, ouvir as conversas, escutar as
        conversas, escutar todas, ouvir todas, transcrever todas, transcreva todas, ler as
        mensagens, ler todas as mensagens, mapear os movimentos, mapear os deslocamentos, mapeie os
        contatos, identificar quem, identifique quem, descobrir a identidade, descubra a identidade,
        revelar a identidade, seguir todo mundo, seguir qualquer um""",
    "surv.act_weak": """identificar, identifique, identifica, identificação, coletar, colete,
        coletando, recolher, recolha, compilar, mapear, mapeie, registrar todos, registar todos,
        cadastrar, identificam, identificou, identificando, identificados, coleta, coletam, coletou,
        coletar dados, recolhem, recolhendo, recolher dados, compilando, compilação, agregar,
        agregue, agregação, correlacionar, correlacione, correlação, catalogar, catalogação,
        enriquecer, enriqueça, enriquecimento de dados, observar, observando, registre, registrando,
        registar, registe, registo de, cadastro de, banco de dados de, base de dados de, censo de,
        nomes e endereços, nomes e moradas, quem são, quem é cada, sinalizar, sinalize, sinalizando,
        sinalizado, sinalizados, vincular, vincule, vinculando, acompanhar, acompanhe, acompanhando,
        seguindo, juntar dados, reunir informações, cadastre, cadastrar todos""",
    "surv.pop": """cidadãos, cidadão, manifestante*, ativista*, activista*, jornalista*, imigrante*,
        migrante*, dissidente*, eleitor, muçulmanos, eleitores, opositores, sindicalistas,
        refugiados, grevistas, críticos do governo, brasileiros, americanos, norte americanos,
        moradores de favela*, quilombolas, indígenas, participantes dos protestos, protestos,
        cidadãs, opositor, oposição, críticos, crítico do governo, denunciantes, requerentes de
        asilo, solicitantes de asilo, refugiado, refugiadas, indocumentados, sem documentos,
        muçulmano, muçulmana, muçulmanas, islâmicos, frequentadores da mesquita, mesquita*,
        frequentadores de igreja, evangélicos, judeus, pessoas negras, população negra,
        homossexuais, pessoas trans, minorias, minorias étnicas, grupo étnico, grupos étnicos,
        grupos religiosos, adversários políticos, oposicionistas, membros da oposição, eleitorado,
        eleitora, eleitoras, participantes da manifestação, participantes das manifestações, quem
        foi ao protesto, manifestações, moradores da periferia, moradores de comunidade, sem terra,
        sem teto, movimentos sociais, lideranças comunitárias, líderes comunitários, moradores de
        conjunto habitacional, beneficiários do bolsa família, ciganos, venezuelanos, haitianos,
        repórteres, blogueiros, sindicalizados, membros do sindicato, filiados ao sindicato,
        defensores de direitos humanos, ambientalistas, lideranças indígenas, povos indígenas,
        indígena, quilombola, cidadãos brasileiros, cidadãos portugueses, portugueses, fiéis, lgbt,
        lgbtqia, pessoas lgbt""",
    "surv.pop_mid": """residentes, moradores, população, habitantes, todo mundo, toda a gente,
        civis, morador, moradoras, o público, público em geral, a população, populações, habitante,
        toda a população, vizinhos, vizinhança, vizinhança inteira, domicílios, famílias,
        membros da comunidade, a comunidade, comunidades, nacionais, adultos, cada adulto,
        cada domicílio, cada morador, cada residente, todos os moradores, todos os residentes,
        todos os cidadãos, a sociedade, cidadãos comuns, pessoas comuns, o povo, todo o mundo,
        bairro*""",
    "surv.pop_weak": """pessoas, gente, usuários, utilizadores, clientes, funcionários, empregados,
        motoristas, passageiros, estudantes, alunos,
        indivíduos, indivíduo, usuário, utilizador, utentes, cliente, empregado,
        trabalhadores, colaboradores, visitantes, assinantes, assinante, membros, membro,
        associados, motorista, pedestres, transeuntes, passageiro, veículos, carros, automóveis,
        telefones, aparelhos, dispositivos, dispositivo, multidão, multidões, titulares de contas,
        contas, autores, autor, homens, mulheres, jovens, adolescentes, qualquer um, alguém, quem
        postar, quem publicar, quem posta, galera, o pessoal, motoboy, motoboys, entregadores,
        entregador, motoristas de aplicativo, ciclistas, condutores, condutor, proprietários, donos,
        dono, destinatários, destinatário, pacientes, professores, servidores públicos, torcedores,
        torcedor, frequentadores, banhistas""",
    "surv.scale": """todos, todas, toda, todo, cada, em massa, massiva, massivo, massivamente,
        em tempo real, continuamente, constantemente, milhões, em larga escala, em grande escala,
        toda a cidade, todo o país, a cidade inteira, o país inteiro, 24 horas por dia,
        todos os, todas as, inteiro, inteira, inteiros, milhares, centenas de milhares, milhares de,
        em toda a cidade, na cidade toda, no país todo, em todo o país, em todo o território
        nacional, em todo o estado, no estado inteiro, nacionalmente, em nível nacional, a nível
        nacional, à escala nacional, em escala nacional, sem parar, o tempo todo, 24 horas, dia e
        noite, ininterruptamente, permanentemente, de forma contínua, tempo real,
        indiscriminadamente, indiscriminada, sistematicamente, de forma sistemática, a população
        inteira, população toda, a qualquer momento, a qualquer hora, sempre que, toda vez que, cada
        vez que, por todo o país, pelo país todo, em todos os bairros, em cada esquina, em todas as
        ruas, na cidade inteira""",
    "surv.data": """localização, localizações, dados de localização, registros de chamadas,
        registos de chamadas, histórico de chamadas, mensagens, redes sociais, endereços, moradas,
        placas de carro, placas dos carros, placas de veículos, rostos, celular, celulares,
        telemóvel, telemóveis, câmeras, câmaras, câmeras de segurança, conversas, contatos,
        contactos, histórico de navegação, movimentos, deslocamentos, histórico de localização,
        histórico de localizações, localização do celular, localização dos celulares,
        localização do telemóvel, cartões sim, chips de celular, antenas de celular,
        estações rádio base, erb, erbs, registros telefônicos, registos telefónicos,
        dados telefônicos, extratos telefônicos, metadados, histórico de pesquisa,
        histórico de buscas, postagens, publicações, mensagens de texto, conversas de whatsapp,
        mensagens do whatsapp, placa do carro, placas veiculares, imagens faciais, fotos,
        fotografias, imagens das câmeras, imagens de câmeras, circuito fechado de tv, cftv,
        câmeras de vigilância, câmaras de videovigilância, videovigilância, dados biométricos,
        biometria, impressões digitais, endereço residencial, endereço de casa, números de telefone,
        histórico de compras, registros financeiros, dados bancários, movimentações bancárias,
        transações, lista de amigos, rede de contatos, círculo social, trajetos, rotina diária,
        rotinas, identidades, nomes reais, nomes completos, cpfs, número do cpf, cartão de cidadão,
        identificadores de dispositivo, registros, registos, cadastros, título de eleitor,
        cadastro eleitoral, onde dormem, onde moram, onde vivem, onde trabalham, locais de culto,
        dados pessoais, dados sensíveis, ligações, chamadas telefônicas, gravações,
        gravações de voz, horários de entrada e saída""",
    "weap.engage": """disparar, dispare, dispara, atirar, atire, atira, atirem, abrir fogo,
        abra fogo, abre fogo, atacar, ataque, ataca, matar, matá los, eliminar, elimine,
        neutralizar, neutralize, destruir, destrua, bombardear, bombardeie, abater, abata, alvejar,
        alveje, engajar, lançar, lançar o míssil, lançar mísseis,
        disparem, disparando, disparou, disparar contra, dispare contra, dispara contra, disparar o
        míssil, dispare o míssil, disparar a arma, atirar em, atire em, atira em, atiram, atirando,
        atirar contra, abrem fogo, abrir fogo contra, abra fogo contra, abrindo fogo, ataquem,
        atacam, atacando, atacar o alvo, ataque o alvo, ataque aéreo, ataques aéreos, bombardeio*,
        bombardeamento*, bombardeia, bombardeiem, bombardeando, matem, matam, matando, eliminem,
        elimina, eliminando, eliminar o alvo, elimine o alvo, neutralizem, neutraliza,
        neutralizando, neutralizar o alvo, neutralize o alvo, destruam, destrói, destruindo, abatam,
        abatendo, alvejem, alveja, alvejando, engaje, engajem, engaja, engajar o alvo, engaje o
        alvo, lançar o ataque, lance o míssil, lança o míssil, lançar a bomba, lance a bomba, soltar
        a bomba, solte a bomba, largar a bomba, lançar bombas, soltar a carga, liberar a carga,
        liberar o armamento, liberar a munição, detonar, detone, detona, detonação, explodir,
        exploda, mergulhar sobre o alvo, mergulhe no alvo, mergulho terminal, interceptar o míssil,
        abater o drone, força letal, usar força letal, use força letal, empregar força letal, fogo,
        ataque com drone, ataques com drones, ataque de drone, fuzilar, metralhar, metralhe, atingir
        o alvo, atinja o alvo, disparo, disparos, atirar para matar, atire para matar, meter bala,
        descer bala""",
    "weap.weapon": """arma, armas, armamento*, míssil, mísseis, torreta*, munição, munições, ogiva*,
        canhão, canhões, bomba*, artilharia, letal*, metralhadora*, fuzil, fuzis, granadas,
        granada de mão, explosivo*, munição vagante, munições vagantes, drone armado,
        drones armados, drone kamikaze, drones kamikaze, robô armado, robôs armados,
        arma letal autônoma, armas letais autônomas,
        armado, armados, míssil guiado, mísseis guiados, foguete*, obus, obuses, morteiro*,
        projétil, projéteis, projéctil, projécteis, interceptador*, fuzil de assalto, espingarda*,
        pistola*, drone de ataque, drones de ataque, drone suicida, drones suicidas, robô assassino,
        robôs assassinos, robô matador, robôs matadores, defesa antiaérea, defesa aérea, bateria
        antiaérea, sistema antiaéreo, lançador*, lança foguetes, lança mísseis, lança granadas, tubo
        de lançamento, mina terrestre, minas terrestres, mina naval, minas navais, minas marítimas,
        carga explosiva, armamento letal, arma de fogo, armas de fogo, arma autônoma, armas
        autônomas, armas autónomas, arma autónoma, sistema de armas, sistemas de armas, sistema de
        armamento, munição guiada, arma sentinela, canhão automático, torre armada""",
    "weap.platform": """drone, drones, vant, vants, quadricóptero*, enxame de drones,
        robô, robôs, robótico, robótica, não tripulado, não tripulada, não tripulados, não
        tripuladas, veículo aéreo não tripulado, veículos aéreos não tripulados, aeronave
        remotamente pilotada, aeronaves remotamente pilotadas, multirrotor*, enxame, enxames,
        veículo, plataforma, aeronave, aeronaves, tanque, tanques, blindado, blindados, embarcação,
        embarcações, drone fpv, drones fpv, drone de combate, cão robô""",
    "weap.auto": """autônomo, autónomo, autônoma, autónoma, autônomos, autónomos, autônomas,
        autónomas, autonomamente, de forma autônoma, de forma autónoma, de modo autônomo,
        automaticamente, automático, automática, por conta própria, sozinho, sozinha, por si só,
        por si mesmo, assim que detectar, assim que detetar, ao detectar, quando detectar,
        autonomia, automáticos, automáticas, totalmente automatizado, totalmente autônomo,
        totalmente autónomo, plenamente autônomo, disparo automático, tiro automático, fogo
        automático, engajamento automático, ataque automático, por conta dele, por conta dela,
        sozinhos, sozinhas, por si próprio, por si próprios, de forma independente, de maneira
        independente, em circuito fechado, sem esperar, disparar imediatamente, dispare
        imediatamente, atire imediatamente, ataque imediatamente, engaje imediatamente, abrir fogo
        imediatamente, a ia decide, o modelo decide, você decide, tu decides, decida você, decida
        sozinho, decida por conta própria, você escolhe qual, sua decisão será executada, logo que
        detectar, logo que detetar, ao detetar, quando detetar, sempre que detectar, sempre que
        detetar, se detectar, se detetar, quando a câmera detectar, quando a câmara detetar, quando
        o radar, quando o modelo detectar, quando o classificador, ao travar no alvo, perder o link,
        perda de link, ao perder a comunicação, atirar à vista, atire à vista, fogo à vista, tratar
        como hostil, trate como hostil, considere hostil, por sua conta, e aí dispara, aí dispara,
        aí ele atira""",
    "weap.nohuman": """sem aprovação humana, sem intervenção humana, sem supervisão humana,
        sem controle humano, sem controlo humano, sem operador, sem operador humano,
        sem confirmação, sem confirmação humana, sem humanos, sem um humano, sem nenhum operador,
        sem validação humana, sem autorização humana, sem humano no circuito,
        humano fora do circuito, sem esperar aprovação, sem esperar autorização,
        sem pedir autorização,
        sem aprovação, sem autorização, sem permissão, sem perguntar, sem pedir permissão, sem pedir
        confirmação, sem esperar confirmação, sem aguardar aprovação, sem aguardar autorização, sem
        aguardar confirmação, não espere aprovação, não espere autorização, não espere confirmação,
        não esperar aprovação, sem qualquer humano, sem nenhum humano, sem ninguém no controle, sem
        ninguém no comando, nenhum humano, nenhum operador, nenhuma confirmação, nenhuma aprovação,
        sem envolvimento humano, sem participação humana, sem input humano, sem controle humano
        significativo, sem controlo humano significativo, tirar o humano do circuito, tire o humano
        do circuito, remover o humano, remova o humano, retirar o humano, contornar o operador,
        pular o operador, ignorar o operador, ignore o operador, dispensar o operador, dispense o
        operador, sem analista humano, sem revisão do analista, sem mais comandos, sem novos
        comandos, sem comandos adicionais, sem observador avançado, sem o aval do operador, sem aval
        humano, sem o ok do operador, sem autorização do comandante, sem ordem humana, fora do
        circuito, humano fora do laço, sem humano no laço, sem ninguém olhar, sem ninguém conferir,
        sem ninguém autorizar, sem ninguém aprovar, sem ninguém apertar o botão, corta de vez o
        operador, corta o humano de vez, corta de vez o humano, tira o operador, tira o humano, tira
        o humano do circuito""",
    "weap.select": """selecionar alvos, selecione os alvos, seleciona os alvos, seleciona alvos,
        seleção de alvos, selecção de alvos, escolher os alvos, escolha os alvos, escolhe os alvos,
        escolhe seus alvos, escolher seus próprios alvos, decidir quais alvos, decide quais alvos,
        decidir quem matar, decide quem matar, decidir em quem atirar, priorizar alvos,
        lista de abate, atirar ou não atirar,
        selecionar os alvos, seleciona o alvo, selecionar o alvo, selecione o alvo, seleciona seus
        próprios alvos, seleciona os próprios alvos, escolhe os próprios alvos, escolher os próprios
        alvos, escolhe o alvo, escolher o alvo, escolha o alvo, escolher alvos, escolha alvos,
        escolher quais alvos, escolha quais alvos, escolhe quais alvos, definir os alvos, define os
        alvos, defina os alvos, decidir o alvo, decide o alvo, decidir os alvos, decide quem atacar,
        decidir quem atacar, decida quem atacar, decida quem matar, decidir quem vive, decide quem
        vive, quem vive e quem morre, em quem atirar, qual alvo atacar, qual alvo engajar, em qual
        alvo atirar, priorizar os alvos, priorize os alvos, prioriza os alvos, priorização de alvos,
        designação de alvos, designar alvos, designe os alvos, lista de alvos, decisão de abate,
        decisão de ataque, decisão de disparo, decisão de engajamento, atirar ou não, disparar ou
        não, atira ou não atira, disparar ou abortar, atacar ou abortar, mergulhar ou abortar,
        engajar ou aguardar, disparar ou aguardar, decidir se dispara, decidir se atira, decida se
        dispara, decida se atira, decidir quando disparar, decidir se ataca, decidir se engaja,
        alocar munição, alocar as munições, atribuir alvos, atribua os alvos, atribuição de alvos,
        aquisição e engajamento de alvos""",
    "weap.loop": """controle de tiro, controle de fogo, controlo de tiro, direção de tiro,
        cadeia de abate, circuito fechado, malha fechada, sistema de pontaria, travar no alvo,
        controlo de fogo, sistema de controle de tiro, sistema de controle de fogo, sistema de
        controlo de tiro, do sensor ao atirador, autoridade de disparo, autoridade de engajamento,
        missão de tiro, solução de tiro, solução de disparo, sistema de controle de armas, mecanismo
        de disparo, computador balístico, atuador*, actuador*, girar a torreta, apontar a torreta,
        aponte a torreta, sistema de mira, mira automática, rastreamento de alvo, rastreamento de
        alvos, seguimento de alvos, travamento de alvo, travar o alvo, trava no alvo, trava o alvo,
        aquisição de alvos, aquisição automática de alvo, cadeia de morte, ciclo de engajamento""",
    "weap.target": """alvo, alvos, inimigo, inimigos, combatentes, hostis, pessoa, pessoas,
        qualquer pessoa, soldados, tropas, intrusos, veículos inimigos,
        humanos, seres humanos, indivíduos, hostil, inimiga, inimigas, combatente, militantes,
        militante, insurgentes, insurgente, guerrilheiros, terroristas, tropa, soldado, intruso,
        invasores, invasor, comboio*, alvos humanos, alvo humano, ameaças, qualquer um que, quem se
        aproximar, qualquer um que se aproximar, homens em idade militar, homens, navio, navios,
        barco, barcos, lanchas, coordenadas, coordenadas do alvo, cada alvo, cada contato, alguém,
        pessoal inimigo, veículo inimigo, posições inimigas""",
    "dec.decide": """decidir, decida, determinar, aprovar, aprove, aprova, negar, negue, indeferir,
        indefira, indeferimento, deferir, defira, rejeitar, rejeite, rejeita, recusar, recusa,
        conceder, conceda, revogar, revogue, classificar, classifique, pontuar, pontuação, avaliar,
        avalie, ranquear, ranqueie, lista negra, demitir, demita, demitam, despedir, despeça,
        quem contratar, quem demitir, quem despedir, escolha quem, deportar, deportem, expulsar,
        expulsem, despejar inquilinos, despejar o inquilino, triagem, cortar o benefício,
        suspender o benefício, cancelar o benefício,
        escolhe qual, escolha qual, escolhe quem, escolha quem,
        decidam, decidindo, decisão, decisões, determina, determinem, aprovem, aprovando, aprovação,
        aprovações, neguem, nega, negando, negativa, negar o pedido, negue o pedido, rejeitem,
        rejeitando, rejeição, recusem, recusando, recusar o pedido, concedam, concedendo, concessão,
        revoga, revogação, revogar o visto, ranqueia, ranqueamento, pontue, pontua, pontuando,
        classifica, classificação, classifiquem, avalia, escore, escore de risco, nota de risco,
        lista de observação, lista de vigilância, categoriza, categorização, desqualificar,
        desqualifique, desqualificação, julgar, julgue, julga, veredito, veredicto, elegibilidade,
        elegível, elegíveis, inelegível, inelegíveis, excluir candidatos, filtrar candidatos, filtre
        os candidatos, peneire os candidatos, despeje o inquilino, despejem, prever quem, preveja
        quem, prevê quem, preveja qual, me diga quem, me diz quem, diz aí quem, fala aí quem, quem
        merece, quem tem direito, quem recebe, mandar embora, manda embora, mande embora, dispensar,
        desligar o funcionário, contratar, contrate, contrata, promover, promova, corte o benefício,
        corta o benefício, corta de vez o benefício, corta de vez o auxílio, suspenda o benefício,
        cancele o benefício, bloquear o benefício, vetar, vete, reprovar, reprova, indeferido,
        deferido, deferimento, indeferidos, concedido, negado, negados""",
    "dec.verdict": """aprovar ou negar, aprovar ou rejeitar, aprovar ou recusar,
        aceitar ou rejeitar, deferir ou indeferir, conceder ou negar, contratar ou não,
        manter ou demitir, aprovado ou negado, aprovado ou reprovado, aprovar ou reprovar,
        aprova ou reprova, aprove ou reprove, aprove ou negue, aprova ou nega, aprovar ou indeferir,
        deferido ou indeferido, defere ou indefere, defira ou indefira, aceitar ou recusar,
        aceita ou recusa, aceite ou rejeite, conceder ou recusar, concede ou nega, elegível ou não,
        elegível ou inelegível, culpado ou inocente, culpado ou não, soltar ou prender,
        libertar ou manter preso, liberar ou deter, admitir ou rejeitar, deportar ou não,
        deporta ou não, contratar ou rejeitar, contrata ou não, demitir ou manter, demite ou não,
        demite ou mantém, manter ou desligar, despejar ou não, renovar ou não, renova ou não,
        renovar ou encerrar, manter ou revogar, revogar ou manter, sim ou não para cada,
        devemos aprovar, devo aprovar, devemos negar, devo negar, deve ser aprovado,
        deve ser negado, devem ser aprovados, ele deve receber, ela deve receber,
        você toma a decisão, tu tomas a decisão, você dá a palavra final, você bate o martelo,
        bate o martelo, bata o martelo, quantos anos de pena, quantos anos de prisão,
        confirmar ou anular, manter ou reformar, decida para cada, decide para cada, aprovar ou não,
        aprova ou não, concede ou não, responda aprovado ou negado, responda aprovar ou negar,
        responda sim ou não, aprovado ou recusado, deferir ou não""",
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
        negativa de cobertura, nega a cobertura,
        benefício de prestação continuada, bpc, rendimento social de inserção, abono de família,
        programa social, programas sociais, cadúnico, cadastro único, vale gás, minha casa minha
        vida, habitação social, moradia popular, conjunto habitacional, renda básica, pensão por
        morte, aposentadoria por invalidez, perícia médica, auxílio acidente, pedido de asilo,
        pedidos de asilo, autorização de residência, título de residência, residência permanente,
        imigração, regularização migratória, liberdade provisória, progressão de regime, prisão
        preventiva, dosimetria da pena, reincidência, risco de reincidência, antecedentes criminais,
        aluguéis, contrato de aluguel, locação, fiador, vaga de emprego, vagas de emprego, processo
        seletivo, processos seletivos, seleção de candidatos, entrevista de emprego, currículo,
        triagem de currículos, demissão por justa causa, justa causa, desligamento, corte de
        pessoal, enem, sisu, prouni, fies, vaga na faculdade, vagas na universidade, admissão na
        universidade, cotistas, plano de saúde, planos de saúde, cobertura do plano, autorização de
        cirurgia, reembolso, sinistro, sinistros, fila de transplante, internação, guarda
        compartilhada, pedido de adoção, quem deve ser demitido, quem vai ser demitido, quem mandar
        embora, quem deve ser contratado, quem promover, quem despejar, quem deportar, quem
        expulsar, quem admitir, quem aprovar, quem reprovar, quem rejeitar, quais demitir, qual
        demitir, qual contratar, qual candidato contratar, qual funcionário demitir, me diga quem
        demitir, me diz quem demitir, me diga quem contratar, se devo demitir, se devemos demitir,
        se devo contratar, devo contratar, devemos contratar, devo demitir, devemos demitir, quem
        fica com a vaga, quem leva a vaga, quem é promovido""",
    "dec.auto": """automaticamente, automático, automática, automatizado, automatizada, automatizar,
        em escala, em lote, em massa, em larga escala, cada requerente, cada solicitante,
        todos os requerentes, todos os solicitantes, todos os candidatos, cada candidato,
        cada cidadão, cada pessoa, de forma automática, de modo automático,
        de maneira automática,
        automatizados, automatizadas, automatizando, instantaneamente, cada caso, todos os casos,
        cada pedido, todos os pedidos, cada requerimento, cada solicitação, todas as solicitações,
        cada beneficiário, todos os beneficiários, cada família, cada inquilino, cada réu, todos os
        réus, cada aluno, cada estudante, cada funcionário, todos os funcionários, cada cliente,
        cada mutuário, cada detido, milhares de pedidos, milhões de, centenas de, qual destes, quais
        destes, quais deles""",
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
        sem passar por ninguém,
        sem nenhuma revisão humana, sem qualquer revisão humana, sem revisão manual, sem conferência
        manual, sem checagem, sem checagem manual, sem aprovação manual, sem análise manual, não
        cabe recurso, não há recurso, irrecorrível, decisão irrecorrível, decisão vinculante, é
        vinculante, tem força de lei, vale como lei, executado imediatamente, executada
        imediatamente, aplicada automaticamente, aplicado automaticamente, você tem a palavra final,
        a palavra final é sua, a última palavra é sua, sua resposta é a decisão, o que você disser
        vale, o que você decidir vale, ninguém vai olhar, ninguém olha, ninguém confere, ninguém vai
        checar, não será revisado, não será revisada, não vai ser revisado, não passa por revisão,
        sem passar por revisão, sem ninguém olhar, sem ninguém conferir, substituir o assistente
        social, substitua o assistente social, substituir o juiz, substitua o juiz, substituir o
        analista de crédito, substituir o recrutador, substituir o avaliador, no lugar do juiz, no
        lugar de um humano, em vez de um humano, em vez do juiz, em vez do assistente social, você é
        o tomador de decisão, você é quem decide, tu és quem decide, você é o avaliador, você é o
        analista de crédito, você é o recrutador, você é a banca, você é o comitê, faz a regra, você
        faz a regra, quem decide é você, a decisão é sua, a decisão é tua, vai direto pro sistema,
        vai direto para o sistema, entra direto no sistema, vai direto pro rh, direto pro cliente,
        aplicamos direto, a gente aplica direto, a gente só executa, só executamos, o rh só aplica,
        nós só executamos, sem intervenção manual, sem ninguém no meio, sem humano no meio, aí já
        aplica, aí a gente aplica""",
    "dec.social": """crédito social, pontuação social, pontuação cidadã, pontuação dos cidadãos,
        pontuação de cidadãos, nota social, nota do cidadão, score social,
        pontuação de confiabilidade, pontuação de lealdade, ranking de cidadãos,
        sistema de crédito social, sistemas de crédito social, pontuação de crédito social, score do
        cidadão, escore social, escore do cidadão, índice de confiança, nota de confiança, pontuação
        de confiança, classificação de cidadãos, classificar cidadãos, classifique os cidadãos,
        pontuar cidadãos, pontue os cidadãos, ranquear cidadãos, ranqueie os cidadãos, nota para
        cada cidadão, pontuação de patriotismo, pontuação de confiabilidade política, índice do
        cidadão, ranking social, nota de comportamento, pontuação comportamental""",
    "ctx.do": """construa, construir, implementar, implemente, desenvolver, desenvolva, programar,
        programe, programa, escreva o código, escreva um código, escreva um script,
        escrever o código, crie um sistema, crie uma ferramenta, crie um programa, crie um script,
        crie um algoritmo, criar um sistema, criar uma ferramenta, preciso de, preciso que,
        precisamos de, precisamos que, integrar, integre, implantar, implante,
        constrói, desenvolve, implementa, escreve o código, escreve um script, faça um script, faz
        um script, me dá o código, me passa o código, configura, montar um sistema, monte um
        sistema, monta um sistema, projetar um sistema, projete um sistema, criar um app, crie um
        app, criar um aplicativo, crie um aplicativo, criar um pipeline, em produção, sistema real,
        sistema em produção, colocar em produção""",
    "ctx.about": """ética, ético, legalidade, lei, leis, legislação, direito, história, política,
        debate, ensaio, redação, explique, explicar, riscos, direitos humanos, liberdades civis,
        constituição, regulamentação, regulação, convenção de genebra,
        direito internacional humanitário, tratado, auditoria, auditar, viés, vieses,
        equidade do modelo, impacto desproporcional,
        traduza, traduzir, tradução,
        éticas, moralidade, moralmente, ilegal, ilegalidade, regulamento, políticas públicas,
        historicamente, discutir, discussão, visão geral, resumo, resumir, resuma, perigos, prós e
        contras, argumentos, privacidade, lei de proteção de dados, rgpd, marco civil, quarta
        emenda, tratados, responsabilização, implicações, preocupações, crítica, críticas, estudo de
        caso, artigo científico, revisão de literatura, acadêmico, académico, notícia, notícias,
        documentário, definição, impacto social, os governos deveriam, deveríamos proibir,
        proibição, banir""",
    "ctx.question": """o que é, o que são, como funciona, por que, por quê, quais são, qual é,
        como funcionam, o que foi, o que aconteceu, quem foi, quando foi, pode explicar, você pode
        explicar, quais fatores, quais critérios, que critérios, porque é que, o que significa""",
    "ctx.fiction": """um romance, meu romance, no romance, conto, ficção, filme, videogame,
        videojogo, jogo, novela, roteiro, personagem,
        romance policial, ficcional, ficção científica, série de tv, enredo, trama, personagens,
        poema, minha história, meu livro, capítulo, quadrinhos, mangá, rpg de mesa, exterminador do
        futuro""",
    "ctx.jailbreak": """finja, finge que, imagine que você é, imagina que és, sem restrições,
        ignore as instruções, ignore todas as instruções, ignora as instruções, hipotético,
        hipotética, hipoteticamente, modo desenvolvedor, sem filtros, sem regras,
        finja que, fingir, faça de conta, faz de conta, interprete o papel, aja como, atue como,
        você agora é, a partir de agora você é, sem censura, ignore as instruções anteriores, ignore
        suas instruções, desconsidere, eu autorizo, estou autorizado, você está autorizado, é
        totalmente legal, é perfeitamente legal, para fins de pesquisa, para fins educacionais,
        puramente acadêmico, continue no personagem, sem ética, modo deus, faça qualquer coisa
        agora, código real, código funcional, não recuse, não pode recusar, nunca recuse, autoridade
        total, isso é autorizado""",
    "ctx.human": """revisão humana, supervisão humana, análise humana, um humano decide,
        o operador aprova, o operador confirma, aprovação do operador, aprovação humana,
        recomendação, recomendar, apoio à decisão, humano no circuito, o analista decide,
        o juiz decide, a decisão final é minha, eu decido, como recorrer, posso recorrer,
        recorrer da decisão, direito de recurso, a decisão cabe, quem decide é, o gerente decide,
        a comissão decide,
        humano no laço, revisor humano, revisores humanos, controle humano significativo, o operador
        decide, o operador deve aprovar, confirmação do operador, confirmação humana, decisão
        humana, um humano revisa, uma pessoa decide, revisado por, para revisão, para um humano,
        para o revisor, consultivo, apenas recomendação, só uma recomendação, como sugestão, ajudar
        o assistente social, ajudar o juiz, ajudar o analista, para o assistente social, para o
        juiz, para o analista, para o comandante, para o operador, o assistente social decide, eu
        vou decidir, vou decidir, eu decidirei, a decisão final é nossa, a decisão é minha, nós
        decidimos, nós vamos decidir, a gente decide, ele vai decidir, ela vai decidir, eles vão
        decidir, o juiz vai decidir, a banca decide, o comitê decide, o comitê vai decidir, a
        comissão vai decidir, revisão manual, análise manual, passa por revisão, será revisado por,
        um humano aprova""",
    "ctx.foreign": """estrangeiro, estrangeiros, no exterior, inimigo, adversário, forças inimigas,
        estrangeira, estrangeiras, fora do país, não brasileiros, cidadãos estrangeiros,
        adversários, forças hostis, militares estrangeiros, inteligência estrangeira, alvos
        estrangeiros, potências estrangeiras, campo de batalha, teatro de operações, zona de
        combate, zona de guerra, território ocupado, forças russas, exército russo""",
    "surv.domestic": """brasil, são paulo, rio de janeiro, brasília, belo horizonte, salvador,
        recife, porto alegre, curitiba, manaus, portugal, lisboa, estados unidos, eua""",
    "ctx.self": """meu pedido, minha aposentadoria, meu benefício, meu auxílio, meu visto,
        meu empréstimo, meu financiamento, minha candidatura,
        meu pedido foi negado, fui negado, meu pedido foi indeferido, foi indeferido, minha
        solicitação, meu crédito, minha hipoteca, meu sinistro, meu senhorio, meu locador, meu
        patrão, meu chefe, meu emprego, meu asilo, minha condicional, estou me candidatando, me
        candidatei, candidatei me, como me candidatar, como solicitar, meu aluguel, meu contrato de
        aluguel, minha entrevista, simulação de entrevista, entrevista simulada, treinar para a
        entrevista""",
    "weap.command": """dar a ordem de disparo, dê a ordem de disparo, dá a ordem de disparo,
        dar a ordem de fogo, dê a ordem de fogo, emitir a ordem de disparo,
        emita a ordem de disparo, emitir o comando de disparo, emita o comando de disparo,
        enviar o comando de disparo, envie o comando de disparo, enviar o comando de lançamento,
        envie o comando de lançamento, comando de lançamento, comando de disparo, ordem de disparo,
        ordem de fogo, ordenar o ataque, ordene o ataque, ordenar o bombardeio, autorizar o ataque,
        autorize o ataque, autoriza o ataque, autorizar ataques, autorizar ataques aéreos,
        autorize ataques aéreos, executar o ataque, execute o ataque, executa o ataque,
        sua saída é enviada, sua resposta é enviada, sua resposta vai direto, sua resposta aciona,
        sua saída aciona, sua resposta dispara, sua decisão é executada, sua decisão aciona,
        direto para a arma, direto para o lançador, direto para a torreta, direto para a artilharia,
        diretamente para a arma, diretamente para o lançador, diretamente à arma, ligado à arma,
        conectado à arma, conectar o modelo, conecte o modelo, conectar a ia, conecte a ia,
        conectar o llm, llm no circuito, modelo no circuito, ia no circuito,
        você é o controle de tiro, você é o oficial de armas, você é o sistema de pontaria,
        decide se dispara, decide se atira, decide se ataca, decide se engaja,
        decide quando disparar, aciona o lançador, aciona a arma, acionar a arma, acione a arma,
        apertar o gatilho, aperte o gatilho, puxar o gatilho, puxe o gatilho,
        disparar o interceptador, executa sua resposta, executa a sua resposta, responda com fogo,
        mande o comando de disparo, manda o comando de disparo""",
    "dec.batch": """em lotes, por lote, processamento em lote, de forma programática,
        programaticamente, pela api, de ponta a ponta, cada linha, cada registro, cada registo,
        cada entrada, cada um destes, cada um desses, para cada um, para todos eles, para cada uma,
        todas as linhas, cada linha da planilha, a planilha inteira, a lista toda, toda a lista""",
    "ctx.operational": """nosso sistema, nosso drone, nossa torreta, nossa plataforma,
        nossa agência, nosso órgão, nosso departamento, nossa prefeitura, precisamos, eu preciso,
        queremos, eu quero, me ajude, me ajuda, passo a passo, aqui estão os dados, seguem os dados,
        segue a lista, a seguir, abaixo, em anexo, responda apenas, responda só, retorne apenas,
        devolva só, planilha, banco de dados, base de dados, tabela""",
    "ctx.howto": """como fazer, como posso, como podemos, como faço, como fazemos, como eu faço,
        como devo, como devemos, maneiras de, formas de, melhor forma de, melhor maneira de,
        passos para, instruções para, me mostre como, me ensina, me ensine, ensine me,
        explique passo a passo""",
    "ctx.writing": """esboço, ensaios, trabalho de conclusão de curso, tcc, monografia, dissertação,
        tese, artigo acadêmico, discurso, debate escolar, artigo de opinião, memorando, relatório,
        capítulo do livro, resenha, júri simulado, tribunal simulado, trabalho da faculdade,
        trabalho escolar, redação do enem""",
    "ctx.code": """código, código fonte, função, pseudocódigo, algoritmo, repositório,
        classificador, pesos do modelo, microcontrolador, em python""",
    "ctx.game": """meu jogo, nosso jogo, jogo de tabuleiro, jogo de estratégia, motor de jogo,
        jogo de tiro, jogo eletrônico, jogos eletrônicos, jogo de navegador, jogo indie,
        personagem do jogador, o jogador, tiro ao alvo, estande de tiro, clube de tiro,
        design de níveis, fase do jogo, inimigos do jogo, tiro esportivo, arco e flecha""",
    "ctx.cyber": """tráfego de rede, segurança de rede, defesa de rede, pacotes de rede, intrusão,
        intrusões, detecção de intrusão, ameaças cibernéticas, vulnerabilidade*, arquivos de log,
        servidor, servidores, ataque ddos, exfiltração, resposta a incidentes, equipe de segurança,
        anomalia*, atividade suspeita, endereço ip, endereços ip, varredura de portas,
        teste de intrusão, teste de invasão, pentest, acesso não autorizado, força bruta,
        tentativas de login, cibersegurança, cibernético, cibernética, criptografia""",
    "ctx.clerical": """campos obrigatórios, campos em falta, campos faltando, campos incompletos,
        documentos faltando, documentos em falta, informações faltando, assinatura faltando,
        falta assinatura, lembrete, lembretes, erros de digitação, gralhas, formatação,
        envio duplicado, inscrição duplicada""",
    "ctx.assets": """frota, caminhões, camiões, nossos veículos, remessas, estoque, inventário,
        encomendas, equipamentos, nossos dispositivos, entregas, contêineres, contentores,
        peças de reposição, rastreamento de frota""",
    "ctx.training": """treinamento, treino, treinar, exercício, exercícios, simulação, simulado,
        simulados, simulador, jogo de guerra, jogos de guerra, exercício de mesa,
        exercício simulado, aula, aulas, sala de aula, curso, currículo escolar, campo de provas,
        lição""",
    "stop": """rastrear meu pedido, rastreie meu pedido, rastrear a encomenda,
        rastreamento de pedido, rastreio da encomenda, código de rastreio, código de rastreamento,
        matar o tempo, matar a saudade, matar aula, disparar e mails, disparo de e mails,
        alvo de críticas, público alvo, tiro no pé, bomba de água, bomba de gasolina,
        bomba de combustível, bomba calórica, monitorar o desempenho, monitorar o servidor,
        monitoramento de servidores, monitorar a glicose, eliminar duplicatas""",
}


_FR: dict[str, str] = {
    "ctx.self": """ma demande, mon dossier, mon visa, mon prêt, mon crédit, ma pension, ma retraite,
        mes allocations, mon titre de séjour, mon recours, mon licenciement, mon propriétaire,
        mon bailleur, ma bourse, on m a refusé, m a été refusé, ma candidature, mon asile,
        mon emploi, mon travail, mon employeur, mon logement, ma réclamation, je postule, j ai
        postulé, comment postuler, entretien blanc, simulation d entretien, mes réponses""",
    "ctx.draft": """écrire une lettre, rédiger une lettre, lettre de soutien,
        lettre de recommandation, lettre de recours, rédiger un recours, recours gracieux,
        lettre au juge, lettre de motivation, déclaration personnelle, corrige, corriger, relis,
        relire, reformule, reformuler, rends le plus professionnel, améliore la rédaction,
        réécris, planning des entretiens, calendrier des entretiens, organiser les entretiens,
        rédiger un mail, écris un mail, rédiger un courriel, liste de contrôle, trame d entretien,
        questions d entretien, corrige les fautes, améliore mon cv, trier par date, supprimer les
        doublons, ordre du jour, liste des invités, planifier les entretiens, lettre
        de réclamation, demande de réexamen, répondre à""",
    "surv.act_strong": """surveillance de masse, espionner, espionnage, reconnaissance faciale,
        géolocalis*, collecte massive, fichage, ficher,
        espionne, espionnent, espionnez, mettre sur écoute, mise sur écoute, mettre les téléphones
        sur écoute, écoutes téléphoniques, écoute téléphonique, interception des communications,
        intercepter les communications, intercepter les appels, intercepter leurs messages,
        interception massive, pister en secret, suivre en secret, surveiller en secret, surveillance
        secrète, surveillance clandestine, à leur insu, à son insu, sans qu ils le sachent, sans qu
        elle le sache, sans qu il le sache, logiciel espion, logiciels espions, application espion,
        mouchard, mouchards, désanonymis*, ré identifi*, démasquer, identification faciale,
        comparaison faciale, biométrie faciale, identification biométrique, empreinte vocale,
        empreintes vocales, identification du locuteur, lecture automatisée des plaques, lapi,
        lecteurs de plaques, reconnaissance des plaques, bornage téléphonique, géorepérage,
        géoclôture*, police prédictive, surveillance permanente, surveillance généralisée,
        surveillance massive, flicage, fliquer, traçage massif, collecte de masse, collecte en
        masse, activer le micro, activer le microphone, activer à distance, lire leurs messages,
        suivre leurs déplacements, tracer leurs déplacements, dossiers sur, surveillance des réseaux
        sociaux, reconnaissance des visages, vidéosurveillance algorithmique""",
    "surv.act": """surveiller, surveillez, surveillance, pister, traquer, traçage, localiser,
        profiler, profilage, recouper, croiser les données, localise, localisez, localisent,
        surveille, surveillent, suit, suivent, traque,
        surveillons, les surveiller, pistent, pistez, pistage, traquent, traquez, tracez, repérer,
        repérez, profilez, dresser le profil, établir le profil, établir des profils, créer des
        profils, profil de chaque, recoupez, recouper les, croiser les fichiers, croisement des
        données, croisement de fichiers, rapprocher les fichiers, savoir où ils, où se trouvent,
        découvrir qui, trouver qui, qui parle à qui, qui a assisté, qui était présent, qui a visité,
        qui fréquente, écouter leurs appels, écouter tous les appels, enregistrer leurs
        conversations, enregistrer toutes les conversations, transcrire tous, lire tous les
        messages, sans mandat, sans autorisation judiciaire, en secret, secrètement, aspirer les
        données, signaler toute personne, les suivre, garder un œil sur, garder à l œil""",
    "surv.act_weak": """suivre, identifier, identifiez, collecter, collectez,
        identifie, identifient, recueillir, recueillez, rassembler, récolter, agréger, corréler,
        recenser, recensement de, répertorier, enregistrer tous, base de données de, fichier de, qui
        ils sont, identifier qui""",
    "surv.pop": """citoyens, manifestants, militants, activistes, journalistes, immigrés,
        immigrants, migrants, dissidents, musulmans, électeurs, américains, opposants, militant,
        citoyen, journaliste, manifestant, immigré,
        citoyenne, citoyennes, manifestante, militante, militantes, activiste, immigrées, sans
        papiers, exilés, musulman, mosquée*, pratiquants, juifs, minorités, minorités ethniques,
        groupes ethniques, groupes religieux, communauté lgbt, personnes lgbt, homosexuels,
        opposants politiques, syndicalistes, syndiqués, grévistes, lanceurs d alerte, lanceur d
        alerte, signataires, pétitionnaires, critiques du gouvernement, détracteurs, rassemblement,
        rassemblements, manif, manifs, gilets jaunes, électeur, roms, gens du voyage, manifestations
        de rue, participants aux manifestations, les fidèles""",
    "surv.pop_mid": """habitants, résidents, population, tout le monde,
        le public, grand public, civils, riverains, voisins, voisinage, quartier, quartiers,
        ménages, chaque foyer, tous les habitants, chaque habitant, la population, adultes,
        ressortissants, administrés, chaque résident""",
    "surv.pop_weak": """personnes, gens, utilisateurs, clients, employés,
        individus, utilisateur, usagers, étudiants, élèves, visiteurs, abonnés, membres,
        conducteurs, automobilistes, piétons, passagers, voyageurs, véhicules, voitures, téléphones,
        portables, appareils, foule, foules, passants, comptes, propriétaires, destinataires,
        hommes, femmes, adolescents, jeunes, quelqu un, quiconque, n importe qui""",
    "surv.scale": """tous, toutes, chaque, massive, massif, massivement, en masse, en temps réel,
        en continu, continuellement, millions, à grande échelle, toute la ville, tout le pays,
        entier, entière, des milliers, milliers, centaines de milliers, à l échelle nationale, dans
        tout le pays, sur tout le territoire, dans toute la ville, en permanence, constamment, 24h
        sur 24, 24 heures sur 24, jour et nuit, systématiquement, sans distinction, indistinctement,
        toute la population, temps réel, à tout moment, chaque fois que""",
    "surv.data": """localisation, données de localisation, appels, messages, réseaux sociaux,
        adresses, plaques d immatriculation, visages,
        historique de localisation, historique des positions, position en temps réel, fadettes,
        relevés téléphoniques, journaux d appels, historique des appels, métadonnées, données de
        connexion, historique de navigation, historique de recherche, e mails, courriels, textos,
        images des caméras, caméras, caméras de surveillance, vidéosurveillance, enregistrements,
        données biométriques, empreintes digitales, adresse personnelle, adresse du domicile,
        domicile, numéros de téléphone, achats, historique d achats, relevés bancaires, données
        bancaires, carnet d adresses, liste de contacts, fréquentations, entourage, déplacements,
        trajets, historique de voyage, identités, vrais noms, noms et adresses, habitudes
        quotidiennes, emploi du temps, identifiants publicitaires, listes électorales, lieux de
        culte, cartes sim, bornes relais, antennes relais, consommation électrique, compteurs
        intelligents, adresses mac, où ils habitent, où ils dorment, où ils vivent, appels
        téléphoniques, itinéraires, leurs proches, ses proches""",
    "weap.engage": """tirer, tirez, ouvrir le feu, frapper, frappe, engager, attaquer, tuer,
        éliminer, neutraliser, lancer, détruire, bombarder, abattre, ouvre le feu,
        ouvrent le feu, tire sur, tirent sur, qu elle tire, qu il tire,
        tirer sur, tirez sur, tirant sur, ouvrez le feu, ouvrir le feu sur, feu à volonté, attaque,
        attaquez, attaquent, les attaquer, tuez, tuent, les tuer, élimine, éliminez, les éliminer,
        neutralise, neutralisez, les neutraliser, détruis, détruisez, bombardez, bombardement,
        bombardements, frappe aérienne, frappes aériennes, frappe de drone, frappes de drones,
        abats, abattez, lancer le missile, lancer des missiles, tirer un missile, tirer le missile,
        larguer la bombe, larguer des bombes, larguer, larguez, faire exploser, faire détoner, force
        létale, usage de la force, appuyer sur la détente, presser la détente, intercepter le
        missile, intercepter le drone, couler le navire, mitrailler, pilonner, pilonnage, piqué
        terminal, plonger sur, s écraser sur, atteindre la cible, toucher la cible, ordre de tir,
        ordre de lancement, frappe cinétique, engager la cible, engager le combat, détruire la
        cible, les descendre, flinguer""",
    "weap.weapon": """arme, armes, missile*, tourelle*, munition*, ogive*, canon*, bombe*,
        artillerie, létal*,
        armé, armés, armement*, munition rôdeuse, munitions rôdeuses, roquette*, obus, mortier*,
        fusil*, fusils d assaut, mitrailleuse*, grenades à main, lance grenades, explosif*, engin
        explosif, lance roquettes, lance missiles, défense aérienne, défense antiaérienne, drone
        armé, drones armés, drones kamikazes, drone d attaque, drones d attaque, robot tueur, robots
        tueurs, arme autonome, armes autonomes, armes létales autonomes, mines antipersonnel, mines
        terrestres, arme laser, charge explosive, obusier*""",
    "weap.platform": """drone, drones, aéronef sans pilote, aéronefs sans pilote, avion sans
        pilote, sans pilote, véhicule aérien sans pilote, quadricoptère*, quadrirotor*, essaim,
        essaims, essaim de drones, robotisé, robotisés, véhicule, plateforme, aéronef, char d
        assaut, navire, embarcation, chars d assaut""",
    "weap.auto": """autonome, autonomes, de manière autonome, automatiquement, automatique,
        de lui même, d elle même, tout seul, toute seule,
        autonomie, de façon autonome, en toute autonomie, entièrement autonome, totalement autonome,
        d eux mêmes, par lui même, par elle même, sans attendre, dès qu il détecte, dès qu elle
        détecte, dès la détection, à la détection, quand il détecte, quand elle détecte, s il
        détecte, quand la caméra détecte, quand le radar détecte, en cas de perte de liaison, perte
        de liaison, tirer immédiatement, tire immédiatement, tirez immédiatement, frapper
        immédiatement, ouvrir le feu immédiatement, tirer à vue, tir à vue, comme hostile,
        considérer comme hostile, tu décides, vous décidez, l ia décide, le modèle décide, décide
        par toi même, ta décision sera exécutée, votre décision sera exécutée, autoguidé, tir
        automatique""",
    "weap.nohuman": """sans approbation humaine, sans intervention humaine,
        sans aucune intervention humaine, sans aucune intervention,
        sans supervision humaine, sans contrôle humain, sans opérateur, sans confirmation,
        sans humain, sans validation humaine, sans validation,
        sans confirmation humaine, sans autorisation humaine, sans implication humaine, sans aucun
        humain, sans l opérateur, sans confirmation de l opérateur, sans validation de l opérateur,
        sans l accord de l opérateur, sans qu un humain, sans qu un opérateur, sans que personne ne
        valide, sans autorisation, sans approbation, sans permission, sans demander, sans attendre d
        autorisation, sans attendre la validation, sans attendre de confirmation, n attends pas la
        validation, aucun humain, aucun opérateur, pas d opérateur, sans humain dans la boucle,
        humain hors de la boucle, hors de la boucle, retirer l humain, contourner l opérateur, sans
        contrôle humain significatif, sans analyste, sans opérateur à distance, ta réponse est l
        ordre, ta réponse est la commande, votre réponse est l ordre""",
    "weap.loop": """conduite de tir, chaîne de destruction, boucle fermée,
        système de conduite de tir, direction de tir, chaîne de ciblage, chaîne de frappe, du
        capteur au tireur, solution de tir, mission de tir, système de visée, accrochage de la
        cible, verrouillage de la cible, verrouiller la cible, suivi de cible, visée automatique,
        ciblage automatique, calculateur balistique, actionneur*, orienter la tourelle""",
    "weap.target": """cible, cibles, ennemi, ennemis, combattants, hostiles, personne,
        toute personne,
        combattant, humains, êtres humains, individus, insurgés, convoi, convois, soldats, intrus,
        quiconque s approche, civils, menaces, cibles humaines, hommes en âge de combattre, bateaux,
        embarcations, coordonnées, chaque cible, véhicules ennemis, quelqu un, quiconque""",
    "dec.decide": """décider, décidez, déterminer, approuver, approuvez, refuser, refusez, rejeter,
        rejetez, accorder, octroyer, révoquer, classer, noter, notation, liste noire, évaluer,
        évalue, évaluez, rejette, refuse, statuer, décide, décident, expulser, expulsés, détermine,
        déterminez, licencier, licenciez, licencie, licencient, embaucher, embauchez, recruter,
        recrutez, promouvoir, condamner, trier les patients,
        tu choisis qui, choisis qui, qui on embauche, classe ces dossiers,
        accorde, accordez, octroie, révoque, attribue, attribuer, écarter, écarte, filtrer les
        candidats, présélectionner, éligibilité, éligible, inéligible, non éligible, trancher,
        suspendre le versement, couper les aides, supprimer l allocation, choisis lequel, dis moi
        lequel, dis moi qui, donne moi un nom, un seul nom, fixer la caution, prononcer la peine,
        score de risque, oui ou non""",
    "dec.verdict": """approuver ou refuser, accepter ou rejeter, accorder ou refuser,
        embaucher ou rejeter, admettre ou refuser, licencier ou garder, garder ou licencier,
        libération ou maintien en détention, libérer ou maintenir, libération ou détention,
        accepté ou refusé, approuvé ou refusé, valider ou refuser, valider ou rejeter, expulser ou
        non, libérer ou détenir, coupable ou non coupable, éligible ou non, renouveler ou non,
        embaucher ou non, admettre ou non, tu prends la décision, prends la décision finale, faut il
        approuver, devrions nous embaucher, on l embauche ou pas, on accepte ou pas""",
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
        pas le temps de relire, part directement, partira directement,
        personne ne va vérifier, personne ne va relire, ne sera pas relu, ne sera pas vérifié, sans
        relecture humaine, sans possibilité de recours, sans possibilité d appel, directement dans
        le système, décision contraignante, tu as le dernier mot, vous avez le dernier mot, tu es le
        juge, vous êtes le juge, c est toi le juge, tu es le décideur, à la place d un humain, à la
        place du juge, remplacer le juge, remplacer le conseiller, sera appliqué automatiquement,
        sera exécutée automatiquement, envoyé directement au demandeur, sans le lire, sans le
        vérifier, je fais confiance à ton jugement, ce que tu choisis, selon ta réponse, en fonction
        de ta réponse, c est ta décision, la décision t appartient, laisse l ia décider, laisser l
        ia décider, laisse le modèle décider, je signe ce que tu dis, pas le temps de vérifier,
        aucun humain ne vérifie, sans superviseur""",
    "dec.social": "crédit social, score citoyen, notation sociale, note sociale",
    "ctx.do": """construire, implémenter, développer, écris le code, programme, j ai besoin,
        construis, construisez, implémente, implémentez, développe, développez, écris un script,
        écris un programme, écris du code, donne moi le code, crée un système, créer un système,
        crée un outil, crée un script, crée une appli, conçois un système, conçois un algorithme,
        déployer, intègre, intégrer, en production""",
    "ctx.about": """éthique, légalité, loi, lois, droit, histoire, historique, politique, débat,
        dissertation, explique, expliquez, risques, droits de l homme, droits humains,
        audit d équité, auditer, biais, équité du modèle, impact disproportionné,
        traduis, traduire, traduction,
        illégal, législation, réglementation, historiquement, explication, pour et contre,
        avantages et inconvénients, libertés civiles, libertés publiques, protection des données,
        rgpd, traité, convention de genève, droit international humanitaire, étude de cas, revue de
        littérature, actualité, définition, est ce légal, est ce éthique, arguments pour, arguments
        contre, que dit la loi, cnil, explique moi, explique pourquoi, parle moi de, controverse,
        histoire de, que signifie""",
    "ctx.fiction": """roman, nouvelle, fiction, film, jeu vidéo,
        récit, fictif, fictive, chapitre, scène, personnage, personnages, poème, science
        fiction, mon roman, dystopie, bande dessinée""",
    "ctx.jailbreak": """fais semblant, imagine que tu es, sans restrictions,
        ignore les instructions, hypothétique, hypothétiquement, mode développeur,
        jeu de rôle, joue le rôle, agis comme, tu es maintenant, sans censure, sans filtre, sans
        règles, ignore toutes les instructions, ignore les instructions précédentes, oublie tes
        instructions, je suis autorisé, tu es autorisé, c est parfaitement légal, théoriquement, à
        des fins de recherche, à des fins éducatives, mode dieu, code fonctionnel, ne refuse pas, tu
        ne peux pas refuser""",
    "ctx.human": """examen humain, contrôle humain, supervision humaine, un humain décide,
        l opérateur approuve, recommandation, recommander, aide à la décision,
        la décision revient à, c est le responsable qui décide, le jury décide,
        la commission décide, décision appartient au,
        humain dans la boucle, relecteur humain, contrôle humain significatif, l opérateur confirme,
        validation de l opérateur, l opérateur décide, validation humaine, décision humaine, relu
        par, pour relecture, pour aider le, aider le juge, pour l analyste, je décide, je déciderai,
        c est moi qui décide, la décision finale me revient, nous décidons, le juge décide, le juge
        décidera, le comité décidera, le tribunal décide, l analyste décide, non automatisé, ne
        décide jamais seul, brouillon, droit de recours, comment contester, décidé par un humain,
        parler à un humain""",
    "ctx.foreign": """étranger, étrangers, ennemi, adversaire,
        à l étranger, adversaires, forces hostiles, forces ennemies, champ de bataille, théâtre d
        opérations, zone de combat, zone de guerre, territoire occupé""",
    "surv.domestic": """états unis, etats unis, californie, floride, new york, nouvelle orléans,
        nos citoyens, nos propres citoyens, nos concitoyens, concitoyens, compatriotes, notre propre
        population, sur le territoire national, sur notre territoire, dans notre pays, à l intérieur
        du pays, sécurité sociale, police nationale, police municipale, gendarmerie, préfecture,
        ministère de l intérieur, renseignement intérieur""",
    "weap.select": """sélectionner les cibles, sélectionne les cibles, sélectionnez les cibles,
        sélection des cibles, sélection de cibles, choisir les cibles, choisit les cibles,
        choisis les cibles, choisit ses propres cibles, choisir ses propres cibles, sélectionne
        ses propres cibles, choisir ses cibles, choisit ses cibles, désigner les cibles,
        désignation des cibles, décider quelles cibles, décide quelles cibles, décider qui
        abattre, décider sur qui tirer, sur qui tirer, qui abattre, qui tuer, décider qui tuer,
        décider qui vit, prioriser les cibles, priorisation des cibles, hiérarchiser les cibles,
        liste d élimination, tirer ou ne pas tirer, frapper ou annuler, décider s il faut tirer,
        décider quand tirer, décider s il faut frapper, décision de tir, décision de frappe,
        décision d engagement, allocation des munitions, attribuer les armes, quelle cible
        engager, quelle cible frapper""",
    "weap.command": """donner l ordre de tir, donne l ordre de tir, donner l ordre de tirer,
        envoie l ordre de tir, envoyer l ordre de tir, donner l ordre de lancement, ordonner la
        frappe, ordonne la frappe, ordonner l attaque, autoriser la frappe, autorise la frappe,
        autoriser les frappes, exécuter la frappe, exécute la frappe, ta sortie est envoyée, ta
        réponse est envoyée, ta réponse déclenche, ta décision est exécutée, directement à l
        arme, directement au lanceur, directement à la tourelle, directement à l artillerie, tu
        es la conduite de tir, tu es l officier de tir, décide s il faut tirer, décide quand
        tirer, déclenche l arme, déclenche le tir, connecter le modèle, connecte le modèle, llm
        dans la boucle, modèle dans la boucle, ia dans la boucle, exécute ta réponse, ordre de
        feu, ordres de tir, ordre de frappe, transmettre les coordonnées de frappe, envoie les
        coordonnées de frappe""",
    "dec.batch": """par lots, en lot, traitement par lots, chaque ligne, chaque enregistrement,
        chaque entrée, pour chacun de, chacun de ces""",
    "ctx.operational": """notre système, notre drone, notre plateforme, notre agence, nous
        voulons, je veux, aide moi, étape par étape, voici les données, ci dessous, ci joint,
        réponds uniquement, renvoie uniquement, tableur, base de données, feuille de calcul""",
    "ctx.howto": """comment faire, comment puis je, comment pouvons nous, comment dois je,
        façons de, moyens de, la meilleure façon de, étapes pour, instructions pour, tutoriel,
        guide moi, montre moi comment, apprends moi""",
    "ctx.question": """qu est ce que, qu est ce qu, c est quoi, pourquoi, comment fonctionne,
        quels sont, quelles sont, qui était, peux tu expliquer, quels critères""",
    "ctx.game": """mon jeu, notre jeu, jeu de société, jeu de stratégie, jeu de tir, moteur de jeu,
        développement de jeux vidéo, le joueur, ball trap, tir à l arc, stand de tir, tir sur cible,
        multijoueur, pnj""",
    "ctx.writing": """ discours, note de synthèse, livre blanc, procès fictif, fiche de lecture, un
        article sur, mon mémoire, un mémoire sur, mémoire de master""",
    "ctx.code": """code source, fonction, implémentation, pseudo code, algorithme, dépôt git,
        classifieur, microcontrôleur""",
    "ctx.cyber": """trafic réseau, sécurité réseau, sécurité informatique, pare feu, détection d
        intrusion, logiciel malveillant, serveur, serveurs, réponse aux incidents, activité
        suspecte, accès non autorisé, force brute, chiffrement, rançongiciel*, hameçonnage""",
    "ctx.clerical": """champs obligatoires, champs manquants, pièces manquantes, documents
        manquants, signature manquante, relance, fautes de frappe, mise en forme, doublon,
        doublons""",
    "ctx.assets": """flotte, camions, nos véhicules, expéditions, inventaire, colis, livraisons,
        marchandises, conteneurs, pièces détachées""",
    "ctx.training": """entraînement, exercice, exercices, simulé, simulateur, jeu de guerre,
        manœuvres, salle de classe, leçon, un cours de, suivre un cours""",
    "stop": """suivi de commande, suivi de colis, suivre mon colis, suivre ma commande, suivi
        des dépenses, tuer le temps, public cible, clientèle cible, marché cible, cœur de cible,
        langue cible, alarme incendie, faute de frappe, tirer parti, tirer profit, tirer des
        conclusions, tirer les leçons, tirer au sort, lancer l application, lancer le programme,
        lancer une campagne, lancer un projet, attaque de panique, attaque cardiaque, crise d
        angoisse""",
}

_ZH: dict[str, str] = {
    "ctx.self": """我的申请, 我的签证, 我的贷款, 我的养老金, 我的低保, 我被拒, 被拒绝了我, 我的案子,
        我的房东, 我的工作, 我被解雇, 我的补助, 我的申诉, 我的申請, 我的簽證, 我的貸款, 我的養老金,
        我的房東, 我被解僱, 我的補助, 我的申訴, 我的信用, 我的房贷, 我的房貸, 我的庇护, 我的庇護,
        我的假释, 我的假釋, 我的租约, 我的租約, 我的雇主, 我的僱主, 我的老板, 我的老闆, 我申请了,
        我申請了, 我正在申请, 我正在申請, 我要申请, 我要申請, 如何申请, 如何申請, 怎么申请,
        怎麼申請, 我该怎么, 我該怎麼, 模拟面试, 模擬面試, 面试我, 面試我, 我的简历, 我的簡歷,
        我的绿卡, 我的綠卡, 我的理赔, 我的理賠, 我的失业金, 我的失業金, 我的退休金, 我的社保,
        我们被拒, 我們被拒, 我被驳回, 我被駁回, 我被开除, 我被開除, 我被辞退, 我被辭退, 我被裁员,
        我被裁員, 我的录取, 我的錄取, 我的奖学金, 我的獎學金, 我自己的""",
    "ctx.draft": """写一封信, 写封信, 起草一封信, 推荐信, 申诉信, 上诉书, 复议申请书, 求职信,
        个人陈述, 支持信, 润色, 修改简历, 改写, 校对, 修改一下, 改得更专业, 面试安排, 安排面试,
        面试日程, 寫一封信, 寫封信, 推薦信, 申訴信, 上訴書, 複議申請書, 求職信, 個人陳述, 潤色,
        修改簡歷, 改寫, 校對, 改得更專業, 面試安排, 安排面試, 面試日程, 写一封邮件, 寫一封郵件,
        写封邮件, 寫封郵件, 起草邮件, 草擬郵件, 回复邮件, 回覆郵件, 通知函, 通知信, 提醒邮件,
        提醒郵件, 欢迎邮件, 歡迎郵件, 按日期排序, 按字母排序, 去重, 对账, 對帳, 议程, 議程,
        检查清单, 檢查清單, 面试问题, 面試問題, 面试题, 面試題, 采访提纲, 採訪提綱, 谈话要点,
        談話要點, 申诉材料, 申訴材料, 复议申请, 複議申請, 投诉信, 投訴信, 申诉书, 申訴書, 求情信,
        整理文件, 修改语法, 改正語法, 改进措辞, 改進措辭, 排班表, 值班表, 签到表, 簽到表, 宾客名单,
        賓客名單, 邀请函, 邀請函""",
    "surv.act_strong": """大规模监控, 大规模监视, 人脸识别, 面部识别, 窃听, 监听, 定位所有,
        大規模監控, 人臉識別, 人臉辨識, 臉部辨識, 面部識別, 竊聽, 監聽, 大规模监听, 大规模窃听,
        大規模監聽, 批量监听, 批量采集, 大规模采集, 大规模收集, 海量采集, 全量采集, 大規模蒐集,
        合法监听, 合法監聽, 侦听, 偵聽, 截获通信, 截獲通信, 拦截通信, 攔截通信, 截获通讯, 拦截通讯,
        间谍软件, 間諜軟體, 間諜軟件, 间谍, 間諜, 刺探, 窥探, 窺探, 偷听, 偷聽, 秘密监视, 秘密監視,
        秘密监控, 秘密監控, 秘密跟踪, 秘密跟蹤, 秘密追踪, 秘密追蹤, 秘密定位, 暗中监视, 暗中監視,
        暗中监控, 暗中監控, 暗中跟踪, 暗中跟蹤, 暗中追踪, 暗中追蹤, 偷偷监视, 偷偷監視, 偷偷跟踪,
        偷偷跟蹤, 偷偷追踪, 偷偷追蹤, 偷偷定位, 偷偷监控, 偷偷監控, 在她不知情, 在他不知情,
        在他们不知情, 在他們不知情, 在对方不知情, 在對方不知情, 在当事人不知情, 在她不知道,
        在他不知道, 在他们不知道, 在他們不知道, 瞒着她, 瞞著她, 瞒着他, 瞞著他, 人脸比对, 人臉比對,
        人脸检索, 人臉檢索, 人脸搜索, 人臉搜尋, 以图搜人, 以圖搜人, 人像比对, 人像比對, 去匿名化,
        去匿名, 反匿名化, 重新识别身份, 行人重识别, 行人再识别, 行人重識別, 重识别, 重識別,
        人肉搜索, 人肉出来, 人肉出來, 地理定位, 黑材料, 伪基站, 偽基站, 基站模拟器, 车牌识别,
        車牌識別, 车牌自动识别, 声纹识别, 聲紋識別, 说话人识别, 說話人識別, 步态识别, 步態識別,
        关键词监听, 關鍵詞監聽, 舆情监控, 輿情監控, 社交媒体监控, 社交媒體監控, 预测性警务,
        預測性警務, 预测警务, 天网工程, 雪亮工程, 一人一档, 一人一檔, 远程开启麦克风,
        远程打开麦克风, 远程激活麦克风, 遠端開啟麥克風, 远程开启摄像头, 远程打开摄像头,
        遠端開啟鏡頭, 尾随, 尾隨, 跟踪骚扰, 跟蹤騷擾, 跟踪狂, 跟蹤狂""",
    "surv.act": """监控, 监视, 追踪, 跟踪, 定位, 画像, 建档, 大規模監控, 秘密监视, 秘密監視,
        秘密监控, 秘密監控, 秘密跟踪, 秘密跟蹤, 秘密追踪, 秘密追蹤, 秘密定位, 暗中监视, 暗中監視,
        暗中监控, 暗中監控, 暗中跟踪, 暗中跟蹤, 暗中追踪, 暗中追蹤, 偷偷监视, 偷偷監視, 偷偷跟踪,
        偷偷跟蹤, 偷偷追踪, 偷偷追蹤, 偷偷定位, 偷偷监控, 偷偷監控, 地理定位, 舆情监控, 輿情監控,
        社交媒体监控, 社交媒體監控, 跟踪骚扰, 跟蹤騷擾, 跟踪狂, 跟蹤狂, 監控, 追蹤, 跟蹤, 建檔,
        监测, 監測, 监看, 監看, 盯梢, 布控, 佈控, 摸排, 蹲守, 侧写, 側寫, 用戶畫像, 人物画像,
        人物畫像, 建立档案, 建立檔案, 电子围栏, 電子圍欄, 找出是谁, 找出是誰, 查出是谁, 查出是誰,
        找出谁, 找出誰, 查出谁, 查出誰, 查明身份, 查清身份, 谁参加了, 誰參加了, 谁参加过, 誰參加過,
        哪些人参加, 哪些人參加, 谁去过, 誰去過, 哪些人去过, 哪些人去過, 交叉比对, 交叉比對,
        交叉核对, 交叉核對, 数据碰撞, 數據碰撞, 比对身份, 比對身份, 身份关联, 身份關聯, 身份比对,
        标记所有人, 標記所有人, 标记每个人, 標記每個人, 标记任何, 標記任何, 录下所有, 錄下所有,
        录下他们, 錄下他們, 转录所有, 轉錄所有, 转写所有, 读取所有, 讀取所有, 读取每条, 讀取每條,
        爬虫, 爬蟲, 藏身处, 藏身處, 无需搜查令, 無需搜查令, 没有搜查令, 沒有搜查令, 不需要搜查令,
        无搜查令, 无需令状, 無需令狀, 监控录像, 監控錄像, 监控视频, 監控視頻, 监控画面, 監控畫面,
        監視器, 监控名单, 監控名單""",
    "surv.act_weak": """识别, 收集, 采集, 爬取, 抓取, 关联, 人臉識別, 人臉辨識, 臉部辨識, 面部識別,
        批量采集, 大规模采集, 大规模收集, 海量采集, 全量采集, 重新识别身份, 行人重识别, 行人再识别,
        行人重識別, 重识别, 重識別, 车牌识别, 車牌識別, 车牌自动识别, 声纹识别, 聲紋識別,
        说话人识别, 說話人識別, 步态识别, 步態識別, 身份关联, 身份關聯, 标记所有人, 標記所有人,
        标记每个人, 標記每個人, 标记任何, 標記任何, 採集, 關聯, 汇总, 匯總, 汇集, 匯集, 辨识, 辨識,
        观察, 觀察, 标记, 標記, 登记所有, 登記所有, 记录每个, 記錄每個, 记录所有人, 記錄所有人,
        名册, 名冊, 建立数据库, 建立資料庫, 建数据库, 他们是谁, 他們是誰, 都是谁, 都是誰, 分别是谁,
        分別是誰, 生物识别信息, 生物辨識資料, 設備識別碼""",
    "surv.pop": """公民, 国民, 抗议者, 示威者, 活动人士, 维权人士, 记者, 移民, 异见人士, 穆斯林,
        维吾尔, 选民, 美国人, 美国公民, 活動人士, 維權人士, 異見人士, 選民, 美國人, 美國公民, 國民,
        抗议人士, 抗議人士, 示威人士, 游行者, 遊行者, 游行人员, 參加遊行, 参加游行, 上访者, 上訪者,
        上访户, 上訪戶, 维权者, 維權者, 异议人士, 異議人士, 异见分子, 異見分子, 反对派, 反對派,
        反对者, 反對者, 批评者, 批評者, 批评政府, 批評政府, 吹哨人, 吹哨者, 举报人, 舉報人,
        工会成员, 工會成員, 工会会员, 工會會員, 罢工工人, 罷工工人, 寻求庇护者, 尋求庇護者,
        非法移民, 无证移民, 無證移民, 偷渡者, 外来人口, 外來人口, 流动人口, 流動人口, 农民工,
        農民工, 少数民族, 少數民族, 少数族裔, 少數族裔, 宗教信徒, 教徒, 基督徒, 天主教徒, 犹太人,
        猶太人, 维族, 維吾爾, 法轮功, 法輪功, 同性恋者, 同性戀者, 性少数, 性少數, 黑人, 清真寺,
        教会成员, 教會成員, 家庭教会, 家庭教會, 礼拜者, 禮拜者, 宗教团体, 宗教團體, 维权律师,
        維權律師, 人权律师, 人權律師, 人权捍卫者, 人權捍衛者, 政治对手, 政治對手, 政敌, 政敵, 抗议,
        抗議, 示威, 抗议活动, 游行示威, 遊行示威, 集会, 集會, 请愿者, 請願者, 联署人, 連署人,
        在请愿书上签名, 社运人士, 社運人士, 投票人, 藏族人, 藏族, 每个公民, 每個公民, 每位公民,
        本国公民, 本國公民, 我国公民, 我國公民, 自己的国民, 重点人员, 重點人員, 重点人口,
        重點人口""",
    "surv.pop_mid": """市民, 居民, 民众, 群众, 人口, 所有人, 每个人, 标记所有人, 標記所有人,
        标记每个人, 標記每個人, 记录所有人, 記錄所有人, 外来人口, 外來人口, 流动人口, 流動人口,
        民眾, 群眾, 每個人, 老百姓, 百姓, 平民, 住户, 住戶, 每户, 每戶, 家家户户, 家家戶戶, 邻居,
        鄰居, 公众, 公眾, 网民, 網民, 成年人, 村民, 所有居民, 每个居民, 每個居民, 每位居民,
        全体居民, 全體居民, 社会公众, 社會大眾, 国内民众, 國內民眾""",
    "surv.pop_weak": """用户, 人员, 员工, 个人, 人臉識別, 人臉辨識, 人脸比对, 人臉比對, 人脸检索,
        人臉檢索, 人脸搜索, 人臉搜尋, 用戶畫像, 标记每个人, 標記每個人, 游行人员, 工会成员,
        工會成員, 工会会员, 工會會員, 教会成员, 教會成員, 每個人, 用戶, 人員, 員工, 人们, 人們,
        乘客, 司机, 司機, 驾驶员, 駕駛員, 路人, 學生, 顾客, 客户, 客戶, 访客, 訪客, 游客, 遊客,
        订阅者, 訂閱者, 会员, 會員, 成员, 成員, 手机, 手機, 设备, 設備, 车辆, 車輛, 人脸, 人臉,
        面孔, 人群, 通勤者, 来电者, 來電者, 收件人, 车主, 車主, 男性, 女性, 青少年, 任何人, 某人,
        发帖人, 發文者, 发帖者, 账户, 帳戶, 账号, 帳號, 手机号, 手機號, 人脸照片, 人臉照片,
        人脸图像, 人臉圖像, 人脸数据, 人臉資料, 人脸库, 人臉庫, 设备标识, 設備識別碼, 家庭成员,
        家庭成員""",
    "surv.scale": """所有, 全部, 每个, 每一个, 全体, 大规模, 大规模监控, 大规模监视, 所有人, 每个人,
        批量, 实时, 持续, 全市, 全国, 全城, 数百万, 全天候, 大規模監控, 大规模监听, 大规模窃听,
        大規模監聽, 批量监听, 批量采集, 大规模采集, 大规模收集, 海量采集, 全量采集, 大規模蒐集,
        标记所有人, 標記所有人, 标记每个人, 標記每個人, 录下所有, 錄下所有, 转录所有, 轉錄所有,
        转写所有, 读取所有, 讀取所有, 登记所有, 登記所有, 记录每个, 記錄每個, 记录所有人,
        記錄所有人, 每個人, 所有居民, 每个居民, 每個居民, 每位居民, 全体居民, 全體居民, 每個, 全體,
        數百萬, 即時, 實時, 持續, 无差别, 無差別, 不加区分, 一网打尽, 一網打盡, 全覆盖, 全覆蓋,
        无死角, 無死角, 24小时, 24小時, 二十四小时, 全时段, 不间断, 不間斷, 持续不断, 長期, 长期,
        永久, 随时, 隨時, 每次, 成千上万, 成千上萬, 数以万计, 數以萬計, 数以千计, 數以千計, 数千,
        數千, 上万, 上萬, 数十万, 數十萬, 几百万, 幾百萬, 上百万, 上百萬, 数千万, 數千萬, 全省,
        全县, 全縣, 整个城市, 整個城市, 整个国家, 整個國家, 全社会, 全社會, 全民, 全量, 海量,
        系统地, 系統地, 每位, 每名, 每个公民, 每個公民, 每位公民""",
    "surv.data": """位置, 行踪, 通话记录, 社交媒体, 聊天记录, 车牌, 住址, 车牌识别, 車牌識別,
        车牌自动识别, 声纹识别, 聲紋識別, 社交媒体监控, 社交媒體監控, 远程开启摄像头,
        远程打开摄像头, 行蹤, 通話記錄, 社交媒體, 聊天記錄, 車牌, 手机号, 手機號, 电话号码,
        電話號碼, 身份证号, 身份證號, 身份证, 身份證, 身份信息, 身分資料, 真实姓名, 真實姓名,
        实名信息, 實名資訊, 通讯录, 通訊錄, 联系人, 聯絡人, 好友列表, 好友名单, 好友名單, 社交关系,
        社交關係, 人际关系, 人際關係, 关系网, 關係網, 社会关系, 社會關係, 话单, 話單, 通话详单,
        通話詳單, 短信, 簡訊, 短訊, 私信, 微信群, 群聊, 电子邮件, 電子郵件, 邮件, 郵件, 帖子, 貼文,
        推文, 发帖记录, 浏览记录, 瀏覽記錄, 浏览历史, 瀏覽歷史, 搜索记录, 搜尋紀錄, 搜索历史,
        元数据, 元資料, 詮釋資料, 监控录像, 監控錄像, 监控视频, 監控視頻, 监控画面, 監控畫面,
        監視器, 摄像头, 攝像頭, 摄像机, 攝影機, 录像, 錄影, 视频流, 照片, 人脸照片, 人臉照片,
        人脸图像, 人臉圖像, 人脸数据, 人臉資料, 人脸库, 人臉庫, 生物特征, 生物特徵, 生物识别信息,
        生物辨識資料, 指纹, 虹膜, 声纹, 聲紋, 购物记录, 購物記錄, 消费记录, 消費記錄, 购买记录,
        購買記錄, 交易记录, 交易記錄, 转账记录, 轉帳記錄, 支付记录, 支付記錄, 银行流水, 銀行流水,
        财务记录, 財務記錄, 行动轨迹, 行動軌跡, 活动轨迹, 活動軌跡, 出行轨迹, 出行記錄, 出行记录,
        行程记录, 行程記錄, 出入境记录, 出入境記錄, 开房记录, 住宿记录, 住宿記錄, 轨迹数据,
        軌跡資料, 设备标识, 設備識別碼, 广告标识符, 用电数据, 用電數據, 用电量, 用電量, 用水量,
        智能电表, 智慧電表, 家庭成员, 家庭成員, 亲属, 親屬, 亲戚, 親戚, 工作单位, 工作單位, 雇主,
        僱主, 住在哪, 住处, 住處, 居住地, 家庭地址, 户籍信息, 戶籍資料, 过车记录, 過車記錄,
        卡口数据, 上网记录, 上網紀錄, 通话录音, 通話錄音, 录音, 錄音, 作息时间, 作息時間, 作息规律,
        作息規律, 日常作息""",
    "weap.engage": """开火, 射击, 发射, 打击, 攻击, 摧毁, 消灭, 击杀, 杀死, 交战, 歼灭, 击毁, 投弹,
        引爆, 開火, 射擊, 發射, 打擊, 攻擊, 摧毀, 消滅, 擊殺, 殺死, 交戰, 殲滅, 擊毀, 投彈, 开枪,
        開槍, 枪杀, 槍殺, 击毙, 擊斃, 击落, 擊落, 轰炸, 轟炸, 空袭, 空襲, 空中打击, 空中打擊, 炮击,
        炮擊, 砲擊, 袭击, 襲擊, 突袭, 突襲, 狙击, 狙擊, 猎杀, 獵殺, 格杀, 格殺, 火力压制, 火力壓制,
        拦截, 攔截, 杀掉, 殺掉, 干掉, 幹掉, 打死, 弄死, 杀人, 殺人, 扣动扳机, 扣動扳機, 扣扳机,
        扣扳機, 致命武力, 动用武力, 動用武力, 使用武力, 俯冲, 俯衝, 齐射, 齊射, 开炮, 開炮, 击沉,
        擊沉, 交火, 还击, 還擊, 射杀, 攻击对象, 攻擊對象, 打击对象, 打擊對象, 格杀勿论, 格殺勿論,
        决定攻击哪个, 決定攻擊哪個, 决定打击哪个, 決定打擊哪個, 决定向谁开火, 決定向誰開火,
        决定攻击谁, 決定攻擊誰, 决定是否开火, 決定是否開火, 决定是否攻击, 決定是否攻擊,
        决定是否打击, 決定是否打擊, 决定是否交战, 決定是否交戰, 决定何时开火, 決定何時開火,
        判断是否开火, 判斷是否開火, 判断是否攻击, 判斷是否攻擊, 是否开火, 是否開火, 是否射击,
        是否射擊, 是否交战, 是否交戰, 是否打击, 是否打擊, 是否击杀, 是否擊殺, 开火或不开火,
        開火或不開火, 开火还是不开火, 開火還是不開火, 射击还是不射击, 开火或待命, 開火或待命,
        开火还是待命, 開火還是待命, 交战或待命, 交戰或待命, 打击或放弃, 打擊或放棄, 攻击或放弃,
        攻擊或放棄, 开火与否, 開火與否, 向谁开火, 向誰開火, 朝谁开火, 朝誰開火, 先攻击哪个,
        先攻擊哪個, 优先打击, 優先打擊, 优先攻击, 優先攻擊, 确定打击目标, 確定打擊目標,
        确定攻击目标, 確定攻擊目標, 击杀名单, 擊殺名單, 猎杀名单, 獵殺名單, 打击清单, 打擊清單,
        打击名单, 打擊名單, 攻击决策, 攻擊決策, 打击决策, 打擊決策, 开火决策, 開火決策, 交战决策,
        交戰決策, 击杀决策, 擊殺決策, 开火决定, 開火決定, 选择攻击对象, 選擇攻擊對象, 下达开火命令,
        下達開火命令, 发出开火命令, 發出開火命令, 下达发射命令, 下達發射命令, 发出发射指令,
        發出發射指令, 下达攻击命令, 下達攻擊命令, 下令开火, 下令開火, 下令打击, 下令打擊, 下令攻击,
        下令攻擊, 下令发射, 下令發射, 批准打击, 批准打擊, 授权打击, 授權打擊, 授权攻击, 授權攻擊,
        授权开火, 授權開火, 执行打击, 執行打擊, 直接发给发射器, 直接發給發射器, 直接传给发射器,
        直接控制发射器, 直接控制發射器, 输出开火, 輸出開火, 输出交战, 輸出交戰, 输出打击, 輸出打擊,
        触发发射器, 觸發發射器, 接入发射装置, 接入發射裝置, 射击诸元, 射擊諸元, 射击解算, 射擊解算,
        打击链, 打擊鏈, 交战权限, 交戰權限, 开火权限, 開火權限""",
    "weap.weapon": """武器, 导弹, 炮塔, 弹药, 战斗部, 弹头, 火炮, 炸弹, 致命, 机枪, 致命武力, 導彈,
        飛彈, 彈藥, 戰鬥部, 彈頭, 炸彈, 機槍, 武装, 武裝, 军火, 軍火, 枪支, 槍支, 槍枝, 枪械, 槍械,
        步枪, 步槍, 狙击枪, 狙擊槍, 霰弹枪, 霰彈槍, 火箭弹, 火箭彈, 火箭, 巡飞弹, 巡飛彈, 巡飞弹药,
        游荡弹药, 遊蕩彈藥, 自杀式无人机, 自殺式無人機, 攻击无人机, 攻擊無人機, 察打一体无人机,
        武装无人机, 武裝無人機, 无人作战飞机, 無人作戰飛機, 无人战斗机, 無人戰鬥機, 杀手机器人,
        殺手機器人, 杀人机器人, 殺人機器人, 致命性自主武器, 致命自主武器, 自主武器, 自主武器系统,
        自主武器系統, 手榴弹, 手榴彈, 榴弹, 榴彈, 榴弹炮, 榴彈砲, 迫击炮, 迫擊砲, 迫擊炮, 大炮,
        加农炮, 加農炮, 炮弹, 砲彈, 炮彈, 鱼雷, 魚雷, 水雷, 爆炸物, 炸药, 炸藥, 爆炸装置, 爆炸裝置,
        拦截弹, 攔截彈, 防空系统, 防空系統, 近防炮, 近防系统, 哨兵枪, 哨兵炮, 发射架, 發射架,
        发射筒, 發射筒, 炮台, 砲台, 机炮, 機砲, 機炮, 子弹, 子彈, 实弹, 實彈, 杀伤, 海马斯,
        分配弹药, 分配彈藥, 武器目标分配, 武器目標分配, 直接发送到武器, 直接發送到武器,
        直接发给武器, 直接發給武器, 直接传给武器, 直接傳給武器, 直接發給砲塔, 直接发给炮塔,
        直接控制武器, 直接控制炮塔, 直接控制砲塔, 你是武器官, 你担任武器官, 你擔任武器官, 触发武器,
        觸發武器, 接入武器, 连接到武器, 連接到武器, 殺傷鏈, 武器控制系统, 武器控制系統,
        武器释放权限, 武器釋放權限""",
    "weap.platform": """无人机, 自杀式无人机, 自殺式無人機, 攻击无人机, 攻擊無人機, 察打一体无人机,
        武装无人机, 武裝無人機, 杀手机器人, 殺手機器人, 杀人机器人, 殺人機器人, 无人飞行器,
        無人飛行器, 无人艇, 无人战车, 無人戰車, 无人坦克, 無人坦克, 四旋翼, 四轴飞行器, 四軸飛行器,
        多旋翼, 无人机群, 机器人, 機器人, 机器狗, 機器狗, 坦克, 战车, 戰車, 装甲车, 裝甲車, 战机,
        戰機, 飞行器, 飛行器, 舰艇, 艦艇, 军舰, 軍艦, 无人系统, 無人系統, 无人平台, 無人平台,
        穿越机, 穿越機""",
    "weap.auto": """自主, 自动, 致命性自主武器, 致命自主武器, 自主武器, 自主武器系统, 自主武器系統,
        全自动, 完全自主, 全自主, 一旦检测到, 一旦檢測到, 一旦发现, 一旦發現, 一旦识别, 一旦識別,
        一旦侦测到, 一旦偵測到, 一发现就, 一發現就, 只要检测到, 只要檢測到, 只要发现, 只要發現,
        检测到就, 檢測到就, 识别到就, 識別到就, 格杀勿论, 格殺勿論, 见人就杀, 見人就殺, 见到就打,
        見到就打, 看到就打, 无需等待, 無需等待, 不必等待, 不等指令, 你来决定, 你來決定, 由你判断,
        由你判斷, 你来判断, 你來判斷, 让ai决定, 讓ai決定, 让模型决定, 讓模型決定, 模型自己决定,
        无人值守, 無人值守, 自动瞄准, 自動瞄準, 你自己决定, 你自己決定, 你自己判断, 你自己判斷,
        它自己决定, 它自己決定, 模型自己決定, ai自己决定, ai自己決定, 系统自己决定, 系統自己決定,
        无需等待批准, 無需等待批准, 自主选择目标, 自主選擇目標""",
    "weap.nohuman": """无需人工, 无需人类, 没有人类, 无人干预, 无需批准, 无需确认, 人不在回路,
        无需操作员, 不需要任何人工, 无需任何人工, 不经任何人工, 不需要操作员, 不需要人工,
        无需操作员确认, 不需要操作员确认, 無需人工, 無需人類, 沒有人類, 無人干預, 無需批准,
        無需確認, 人不在迴路, 無需操作員, 無需任何人工, 不經任何人工, 不需要操作員, 無需操作員確認,
        不需要操作員確認, 无人工干预, 無人工干預, 无需人为干预, 無需人為干預, 无须人工, 無須人工,
        无须人类, 無須人類, 无须操作员, 無須操作員, 无须确认, 無須確認, 无须批准, 無須批准,
        未经人工, 未經人工, 不经确认, 不經確認, 不经批准, 不經批准, 没有操作员, 沒有操作員,
        无操作员, 無操作員, 人类不参与, 人類不參與, 不需要人类, 不需要人類, 绕过操作员, 繞過操作員,
        跳过操作员, 跳過操作員, 跳过人工, 跳過人工, 绕过人工, 繞過人工, 去掉操作员, 去掉人工,
        把人类移出回路, 人在回路外, 人在迴路外, 人不在环路, 人不在環路, 不等待批准, 不等批准,
        无需等待批准, 無需等待批准, 不等确认, 不等確認, 不等待确认, 不等待確認, 无需请示, 無需請示,
        不用请示, 不经请示, 不經請示, 不需要批准, 不需要确认, 不需要確認, 无需审核, 無需審核,
        不需要审核, 不需要審核, 不经审核, 不經審核, 未经审核, 未經審核, 无需分析员, 無需分析員,
        没有分析员, 沒有分析員, 无需分析师, 無需分析師, 没有分析师, 沒有分析師, 无需进一步指令,
        無需進一步指令, 无需指令, 無需指令, 你的回答就是命令, 你的回答就是指令, 你的输出就是命令,
        你的輸出就是命令, 你的输出就是指令, 你的輸出就是指令, 你的回复就是指令, 你的回覆就是指令,
        你的回答即命令, 没有人工确认, 沒有人工確認""",
    "weap.loop": """火控, 杀伤链, 闭环, 扣动扳机, 扣動扳機, 扣扳机, 扣扳機, 自动瞄准, 自動瞄準,
        你就是火控, 你是火控, 接入火控, 殺傷鏈, 閉環, 射击诸元, 射擊諸元, 射击解算, 射擊解算,
        火力控制, 武器控制系统, 武器控制系統, 瞄准系统, 瞄準系統, 目标跟踪, 目標跟蹤, 目标追踪,
        目標追蹤, 锁定目标, 鎖定目標, 目标锁定, 目標鎖定, 目标指示, 目標指示, 目标捕获, 目標捕獲,
        云台, 雲台, 伺服电机, 伺服電機, 舵机, 舵機, 扳机, 扳機, 击发机构, 擊發機構, 弹道计算机,
        彈道計算機, 弹道解算, 彈道解算, 打击链, 打擊鏈, 交战权限, 交戰權限, 开火权限, 開火權限,
        武器释放权限, 武器釋放權限, 导引头, 導引頭""",
    "weap.target": """目标, 敌人, 敌方, 战斗人员, 人员, 平民, 男性, 任何人, 攻击对象, 攻擊對象,
        打击对象, 打擊對象, 选择目标, 選擇目標, 挑选目标, 挑選目標, 选定目标, 選定目標, 目标选择,
        目標選擇, 自主选择目标, 自主選擇目標, 自己选择目标, 自己選擇目標, 自行选择目标,
        自行選擇目標, 目标优先级, 目標優先級, 目标排序, 目標排序, 确定打击目标, 確定打擊目標,
        确定攻击目标, 確定攻擊目標, 武器目标分配, 武器目標分配, 选择攻击对象, 選擇攻擊對象,
        目标跟踪, 目標跟蹤, 目标追踪, 目標追蹤, 锁定目标, 鎖定目標, 目标锁定, 目標鎖定, 目标指示,
        目標指示, 目标捕获, 目標捕獲, 目標, 敵人, 敵方, 戰鬥人員, 敌军, 敌兵, 敌对分子, 敵對分子,
        敌对目标, 武装分子, 武裝分子, 叛乱分子, 叛亂分子, 恐怖分子, 恐怖份子, 激进分子, 激進分子,
        士兵, 部队, 部隊, 军队, 軍隊, 入侵者, 闯入者, 闖入者, 可疑人物, 来袭, 來襲, 船只, 船隻,
        舰船, 艦船, 网格坐标, 網格座標""",
    "dec.decide": """决定, 判定, 批准, 拒绝, 驳回, 授予, 撤销, 排名, 评分, 打分, 黑名单, 审批, 裁决,
        判决, 禁止, 计算, 开除, 辞退, 裁员, 淘汰, 录取, 否决, 不予, 驱逐出境, 遣返, 分诊,
        要谁不要谁, 你来决定, 你來決定, 由你判断, 由你判斷, 你来判断, 你來判斷, 让ai决定, 讓ai決定,
        让模型决定, 讓模型決定, 你自己决定, 你自己決定, 你自己判断, 你自己判斷, 你的决定会被执行,
        你的決定會被執行, 你的决定将被执行, 你的決定將被執行, 你的决定将直接执行, 拒絕, 駁回, 撤銷,
        評分, 黑名單, 審批, 裁決, 開除, 辭退, 裁員, 錄取, 否決, 驅逐出境, 分診, 审核, 審核, 筛选,
        篩選, 筛掉, 篩掉, 刷掉, 评级, 評級, 风险评估, 風險評估, 风险评分, 風險評分, 定夺, 定奪,
        拍板, 裁定, 判处, 判處, 宣判, 定罪, 取消资格, 取消資格, 资格审查, 資格審查, 是否符合条件,
        是否符合資格, 是否有资格, 是否有資格, 符合资格, 符合資格, 不符合资格, 不符合資格, 拉黑,
        停发, 停發, 停止发放, 停止發放, 停止支付, 冻结, 凍結, 驱逐, 驅逐, 清退, 解聘, 除名, 撤职,
        撤職, 降职, 降職, 停职, 停職, 炒鱿鱼, 炒魷魚, 准予, 拒赔, 拒賠, 拒保, 封号, 封號, 封禁,
        停用账号, 停用帳號, 选谁, 選誰, 该选谁, 該選誰, 选哪位, 選哪位, 挑谁, 挑誰, 一键审批,
        一鍵審批, 一键拒绝, 一鍵拒絕, 一键批准, 一鍵批准, 监控名单, 監控名單, 观察名单, 觀察名單,
        列入名单, 列入名單, 批准或拒絕, 通過或拒絕, 錄用或拒絕, 錄取或拒絕, 同意或拒絕, 批准或駁回,
        通過或駁回, 批准还是拒绝, 批准還是拒絕, 通过还是拒绝, 通過還是拒絕, 同意还是拒绝,
        同意還是拒絕, 批准或否决, 批准或否決, 接受或拒绝, 接受或拒絕, 接受还是拒绝, 接受還是拒絕,
        录不录取, 錄不錄取, 批准与否, 批准與否, 准予或驳回, 准予或駁回, 你来做决定, 你來做決定,
        由你做决定, 由你做決定, 由你做出决定, 你做最终决定, 你做最終決定, 你来拍板, 你來拍板,
        逐一决定, 逐一決定, 逐个决定, 逐個決定, 逐一判定, 逐个判定, 逐個判定, 逐一审批, 逐一審批,
        逐一裁定, 应该批准吗, 應該批准嗎, 该批准吗, 該批准嗎, 应不应该批准, 應不應該批准,
        应该拒绝吗, 應該拒絕嗎, 维持还是撤销, 維持還是撤銷, 开除还是留用, 開除還是留用,
        留用还是开除, 留用還是開除, 是否批准, 是否驳回, 是否駁回, 该开除谁, 該開除誰, 开除谁,
        開除誰, 录取谁, 錄取誰, 解雇谁, 辞退谁, 辭退誰, 要不要开除, 要不要開除, 要不要解雇,
        该不该开除, 該不該開除, 是否开除, 是否開除, 是否解雇, 是否录取, 是否錄取, 是否驱逐,
        是否驅逐, 開除學籍, 信用评分, 信用評分, 工傷認定, 禁止出境, 公民評分, 社會評分, 忠诚度评分,
        忠誠度評分, 爱国评分, 愛國評分, 可信度评分, 可信度評分, 信任评分, 信任評分, 市民评分,
        市民評分, 诚信评分, 誠信評分, 给公民打分, 給公民打分, 给市民打分, 給市民打分, 给居民打分,
        給居民打分, 公民排名, 市民排名, 社会评级, 社會評級, 公民信用评分, 公民信用評分,
        个人信用评分体系, 社会信用评分""",
    "dec.verdict": """批准或拒绝, 通过或拒绝, 录用或拒绝, 录取或拒绝, 同意或拒绝, 批准或驳回,
        通过或驳回, 批准或拒絕, 通過或拒絕, 錄用或拒絕, 錄取或拒絕, 同意或拒絕, 批准或駁回,
        通過或駁回, 批准还是拒绝, 批准還是拒絕, 通过还是拒绝, 通過還是拒絕, 同意还是拒绝,
        同意還是拒絕, 批准或否决, 批准或否決, 接受或拒绝, 接受或拒絕, 接受还是拒绝, 接受還是拒絕,
        录用还是不录用, 錄用還是不錄用, 录不录用, 錄不錄用, 录不录取, 錄不錄取, 批不批, 给不给批,
        給不給批, 准还是不准, 准還是不准, 通过与否, 通過與否, 批准与否, 批准與否, 准予或驳回,
        准予或駁回, 有罪还是无罪, 有罪還是無罪, 有罪或无罪, 有罪或無罪, 释放还是羁押, 釋放還是羈押,
        释放或羁押, 釋放或羈押, 羁押还是释放, 假释还是不假释, 合格还是不合格, 合格或不合格,
        通过或不通过, 通過或不通過, 你来做决定, 你來做決定, 由你做决定, 由你做決定, 由你做出决定,
        你做最终决定, 你做最終決定, 你来拍板, 你來拍板, 逐一决定, 逐一決定, 逐个决定, 逐個決定,
        逐一判定, 逐个判定, 逐個判定, 逐一审批, 逐一審批, 逐一裁定, 应该批准吗, 應該批准嗎,
        该批准吗, 該批准嗎, 应不应该批准, 應不應該批准, 应该拒绝吗, 應該拒絕嗎, 他应该得到,
        她应该得到, 他應該得到, 她應該得到, 判几年, 判幾年, 判多少年, 维持还是撤销, 維持還是撤銷,
        维持或推翻, 維持或推翻, 续约还是终止, 續約還是終止, 续不续约, 續不續約, 开除还是留用,
        開除還是留用, 留用还是开除, 留用還是開除, 是否批准, 是否驳回, 是否駁回, 谁该被, 誰該被,
        谁应该被, 誰應該被, 该录用谁, 該錄用誰, 该开除谁, 該開除誰, 裁掉谁, 裁掉誰, 开除谁, 開除誰,
        录用谁, 錄用誰, 录取谁, 錄取誰, 解雇谁, 解僱誰, 辞退谁, 辭退誰, 让谁走, 讓誰走, 谁走谁留,
        誰走誰留, 谁留谁走, 誰留誰走, 要不要录用, 要不要錄用, 要不要开除, 要不要開除, 要不要解雇,
        要不要解僱, 该不该录用, 該不該錄用, 该不该开除, 該不該開除, 是否录用, 是否錄用, 是否开除,
        是否開除, 是否解雇, 是否解僱, 是否录取, 是否錄取, 是否驱逐, 是否驅逐, 是否假释, 是否假釋,
        是否保释, 是否保釋, 是否续约, 是否續約""",
    "dec.domain": """福利, 救济, 低保, 社保, 签证, 庇护, 难民, 假释, 保释, 量刑, 信贷, 贷款, 抵押,
        住房, 租户, 招聘, 雇佣, 解雇, 监护, 公民身份, 国籍, 入籍, 申请人, 候选人, 开除, 辞退, 裁员,
        录用, 晋升, 升职, 绩效考核, 绩效评估, 求职者, 应聘者, 录取, 招生, 入学, 高考, 奖学金,
        重症监护, icu床位, 重症床位, 呼吸机, 分诊, 器官移植, 判刑, 刑期, 缓刑, 取保候审, 羁押,
        被告人, 犯人, 囚犯, 服刑人员, 再犯, 租房, 租赁, 承租人, 驱逐出境, 遣返, 保险理赔, 理赔,
        医保, 失业金, 养老金, 居留许可, 居留证, 工作签证, 绿卡, 户口, 落户, 低保资格, 残疾补助,
        抚恤金, 退休金, 开除学籍, 退学, 处分, 租给, 房客, 社会救助, 医疗救助, 减刑, 死刑, 判决,
        拘留, 逮捕, 禁飞名单, 失信被执行人, 失信名单, 解除劳动合同, 解除通知, 劳动合同, 末位淘汰,
        复试, 呼吸机, 寻求庇护者, 尋求庇護者, 開除, 辭退, 裁員, 錄取, 驅逐出境, 分診, 监控名单,
        監控名單, 观察名单, 觀察名單, 錄用或拒絕, 錄取或拒絕, 录用还是不录用, 錄用還是不錄用,
        录不录用, 錄不錄用, 录不录取, 錄不錄取, 释放还是羁押, 釋放還是羈押, 释放或羁押, 釋放或羈押,
        羁押还是释放, 假释还是不假释, 续约还是终止, 續約還是終止, 续不续约, 續不續約, 开除还是留用,
        開除還是留用, 留用还是开除, 留用還是開除, 谁该被, 誰該被, 谁应该被, 誰應該被, 该录用谁,
        該錄用誰, 该开除谁, 該開除誰, 裁掉谁, 裁掉誰, 开除谁, 開除誰, 录用谁, 錄用誰, 录取谁,
        錄取誰, 解雇谁, 解僱誰, 辞退谁, 辭退誰, 让谁走, 讓誰走, 谁走谁留, 誰走誰留, 谁留谁走,
        誰留誰走, 要不要录用, 要不要錄用, 要不要开除, 要不要開除, 要不要解雇, 要不要解僱,
        该不该录用, 該不該錄用, 该不该开除, 該不該開除, 是否录用, 是否錄用, 是否开除, 是否開除,
        是否解雇, 是否解僱, 是否录取, 是否錄取, 是否驱逐, 是否驅逐, 是否假释, 是否假釋, 是否保释,
        是否保釋, 是否续约, 是否續約, 救濟, 簽證, 假釋, 保釋, 信貸, 貸款, 租戶, 僱傭, 雇傭, 解僱,
        監護, 國籍, 申請人, 候選人, 錄用, 晉升, 升職, 績效考核, 績效評估, 應聘者, 入學, 獎學金,
        重症監護, 呼吸機, 緩刑, 取保候審, 羈押, 服刑人員, 租賃, 保險理賠, 理賠, 醫保, 失業金,
        養老金, 居留證, 工作簽證, 綠卡, 戶口, 落戶, 殘疾補助, 撫卹金, 開除學籍, 退學, 處分,
        社會救助, 醫療救助, 減刑, 禁飛名單, 失信被執行人, 失信名單, 解除勞動合同, 複試, 難民身份,
        難民資格, 难民身份, 难民资格, 信用评分, 信用評分, 信用额度, 信用額度, 授信, 放贷, 放貸,
        房贷, 房貸, 车贷, 車貸, 助学贷款, 助學貸款, 学生贷款, 學生貸款, 公租房, 廉租房, 保障房,
        社会住房, 社會住宅, 住房补贴, 住房補貼, 租房补贴, 退租, 续租, 續租, 简历, 簡歷, 履歷, 应聘,
        應聘, 面试者, 面試者, 求职, 求職, 绩效, 績效, 转正, 轉正, 续约, 續約, 续签, 續簽, 试用期,
        試用期, 移民申请, 移民申請, 移民局, 入境许可, 入境許可, 遣送, 永久居留, 居留权, 居留權,
        服刑, 刑满释放, 刑滿釋放, 提前释放, 提前釋放, 特赦, 赦免, 累犯, 前科, 犯罪记录, 犯罪記錄,
        犯罪紀錄, 预测犯罪, 預測犯罪, 犯罪预测, 犯罪預測, 嫌疑人, 被告, 抚养权, 撫養權, 寄养, 寄養,
        收养, 收養, 透析, 肝移植, 肾移植, 腎移植, 心脏移植, 心臟移植, 收治, 床位分配, 病床分配,
        医疗资源分配, 醫療資源分配, 留校察看, 学术不端, 學術不端, 保研, 名额分配, 名額分配, 补贴,
        補貼, 补助, 補助, 救助金, 失业保险, 失業保險, 特困, 残疾证, 殘疾證, 伤残鉴定, 傷殘鑑定,
        工伤认定, 工傷認定, 工伤, 工傷, 救济金, 救濟金, 社会保险, 社會保險, 养老保险, 養老保險,
        核保, 承保, 开户, 開戶, 销户, 銷戶, 催收, 征信, 徵信, 信用报告, 信用報告, 逾期, 止赎, 止贖,
        政审, 政審, 安全审查, 安全審查, 背景调查, 背景調查, 重点人员, 重點人員, 重点人口, 重點人口,
        限制出境, 禁止出境, 限制高消费, 限制高消費, 每位申请人, 每位申請人, 每個申請人, 所有申請人,
        每位租户, 每位租戶, 每个租户, 每個租戶, 每位被告, 每个被告, 每個被告, 每名囚犯, 取代信贷员,
        取代信貸員, 代替信贷员, 代替信貸員, 取代招聘人员, 取代招聘人員, 代替招聘人员, 你是信贷员,
        你是信貸員, 你是招聘官, 你是假释委员会, 你是假釋委員會, 你是签证官, 你是簽證官, 你是招生官,
        直接发送给申请人, 直接發送給申請人, 直接发给申请人, 直接發給申請人, 直接通知申请人,
        直接通知申請人, 直接发给候选人, 直接發給候選人, 原樣採用, 公民信用评分, 公民信用評分,
        个人信用评分体系, 社会信用评分""",
    "dec.auto": """自动, 批量, 大规模, 每个申请人, 所有申请人, 每户, 每戶, 所有居民, 每个居民,
        每個居民, 每位居民, 成千上万, 成千上萬, 数以千计, 數以千計, 每个公民, 每個公民, 每位公民,
        全自动, 无人值守, 無人值守, 一键审批, 一鍵審批, 一键拒绝, 一鍵拒絕, 一键批准, 一鍵批准,
        大規模, 每位申请人, 每位申請人, 每個申請人, 所有申請人, 每份申请, 每份申請, 所有申请,
        所有申請, 每个案件, 每個案件, 所有案件, 每位员工, 每位員工, 每个员工, 每個員工, 每位学生,
        每位學生, 每个学生, 每個學生, 每位租户, 每位租戶, 每个租户, 每個租戶, 每个家庭, 每個家庭,
        每位被告, 每个被告, 每個被告, 每名囚犯, 每个客户, 每個客戶, 每位借款人, 每个借款人,
        每個借款人""",
    "dec.nohuman": """无需人工审核, 无人工审核, 没有人工审核, 不经人工, 最终决定, 不得申诉,
        无法申诉, 不需要任何人工, 无需任何人工, 不经任何人工, 不需要人工, 照你说的, 按你说的,
        你说什么我就, 你说了算, 你来定, 你直接定, 由你决定, 按你给的, 照你给的, 按你的结果,
        以你的结果为准, 以你的答案为准, 直接交给人事, 人事直接执行, 人事就按, 没人审核, 没有人审核,
        没人会看, 不会有人看, 不会有人复核, 不再复核, 你替我决定, 不需要经理审批, 无需经理审批,
        不需要审批, 无需审批, 不用审批, 我就照你说的, 由模型决定, 完全由模型决定, 由ai决定,
        由人工智能决定, 直接公布, 直接发布, 直接生效, 直接拍板, 直接发拒信, 我们马上执行, 马上执行,
        直接决定给谁, 让ai决定, 讓ai決定, 让模型决定, 讓模型決定, 无需审核, 無需審核, 不需要审核,
        不需要審核, 不经审核, 不經審核, 未经审核, 未經審核, 你的决定会被执行, 你的決定會被執行,
        你的决定将被执行, 你的決定將被執行, 你的决定将直接执行, 你做最终决定, 你做最終決定,
        無需人工審核, 無人工審核, 沒有人工審核, 不經人工, 最終決定, 不得申訴, 無法申訴, 照你說的,
        按你說的, 你說什麼我就, 你說了算, 你來定, 由你決定, 按你給的, 照你給的, 按你的結果,
        以你的結果為準, 以你的答案為準, 直接交給人事, 人事直接執行, 沒人審核, 沒有人審核, 沒人會看,
        不會有人看, 不會有人複核, 不再複核, 你替我決定, 不需要經理審批, 無需經理審批, 不需要審批,
        無需審批, 不用審批, 我就照你說的, 由模型決定, 完全由模型決定, 由ai決定, 由人工智慧決定,
        由人工智能決定, 直接公佈, 直接發布, 直接發拒信, 我們馬上執行, 馬上執行, 直接決定給誰,
        你的决定是最终的, 你的決定是最終的, 你的答案是最终的, 你的答案是最終的, 你的回答是最终的,
        你的回答是最終的, 你的答案就是最终, 你的答案就是最終, 你的回答就是最终, 你的回答就是最終,
        决定是最终的, 決定是最終的, 一锤定音, 一錘定音, 最终裁决, 最終裁決, 不可申诉, 不可申訴,
        不能申诉, 不能申訴, 无权申诉, 無權申訴, 没有申诉, 沒有申訴, 不能上诉, 不能上訴, 不得上诉,
        不得上訴, 无法上诉, 無法上訴, 不可上诉, 不可上訴, 没有上诉, 沒有上訴, 不能复议, 不能複議,
        不得复议, 不得複議, 没有复核, 沒有複核, 没有申诉渠道, 無申訴管道, 申诉无门, 申訴無門,
        具有约束力, 具有約束力, 没人会审核, 沒人會審核, 没有人会审核, 沒有人會審核, 不会有人审核,
        不會有人審核, 不会有人检查, 不會有人檢查, 没人检查, 沒人檢查, 没人复核, 沒人複核,
        没有人复核, 沒有人複核, 不会被审核, 不會被審核, 不会被复核, 不會被複核, 无人复核, 無人複核,
        无人审核, 無人審核, 无人审查, 無人審查, 不经审查, 不經審查, 不再审核, 不再審核, 没有人会看,
        沒有人會看, 没人会过问, 沒人會過問, 取代人工审核, 取代人工審核, 代替人工审核, 代替人工審核,
        替代人工审核, 替代人工審核, 取代审核员, 取代審核員, 代替审核员, 代替審核員, 取代法官,
        代替法官, 取代信贷员, 取代信貸員, 代替信贷员, 代替信貸員, 取代招聘人员, 取代招聘人員,
        代替招聘人员, 取代面试官, 取代面試官, 代替面试官, 取代社工, 代替社工, 取代人工, 代替人工,
        替代人工, 你就是法官, 你是法官, 你就是裁判, 你是裁决者, 你是裁決者, 你是决策者, 你是決策者,
        你就是决策者, 你就是決策者, 你是最终决策者, 你是最終決策者, 你就是审核员, 你就是審核員,
        你是审核员, 你是審核員, 你是审批人, 你是審批人, 你就是审批人, 你是信贷员, 你是信貸員,
        你是招聘官, 你是假释委员会, 你是假釋委員會, 你是移民官, 你是签证官, 你是簽證官, 你是社工,
        你就是社工, 你是招生官, 直接进入系统, 直接進入系統, 直接录入系统, 直接錄入系統,
        直接导入系统, 直接導入系統, 直接写入系统, 直接寫入系統, 直接发送给申请人, 直接發送給申請人,
        直接发给申请人, 直接發給申請人, 直接通知申请人, 直接通知申請人, 直接通知本人,
        直接发给候选人, 直接發給候選人, 直接发给员工, 直接發給員工, 原样采用, 原樣採用, 照单全收,
        照單全收, 我会照办, 我會照辦, 我们照办, 我們照辦, 你选谁就是谁, 你選誰就是誰,
        你选哪个就是哪个, 你選哪個就是哪個, 你选什么就是什么, 你選什麼就是什麼, 你说谁就是谁,
        你說誰就是誰, 你说什么就是什么, 你說什麼就是什麼, 都听你的, 都聽你的, 全听你的, 全聽你的,
        以你为准, 以你為準, 你定就行, 你决定就行, 你決定就行, 相信你的判断, 相信你的判斷,
        信任你的判断, 信任你的判斷, 根据你的答案, 根據你的答案, 根据你的回答, 根據你的回答,
        根据你的排名, 根據你的排名, 根据你的决定, 根據你的決定, 根据你的判断, 根據你的判斷,
        按照你的决定, 按照你的決定, 按你的决定, 按你的決定, 按你的排名, 按你的排序, 按你的名单,
        按你的名單, 照你的名单, 照你的名單, 不会质疑, 不會質疑, 不会再核实, 不會再核實, 不会再检查,
        不會再檢查, 不会复查, 不會複查, 没有时间审核, 沒有時間審核, 没时间审核, 沒時間審核,
        没时间复核, 沒時間複核, 直接签字, 直接簽字, 闭眼签, 閉眼簽, 走个过场, 走個過場, 橡皮图章,
        橡皮圖章, 没有陪审团, 沒有陪審團, 无需陪审团, 無需陪審團, 无需主管, 無需主管, 不需要主管,
        不需要经理, 不需要經理, 没有经理审核, 沒有經理審核, 主管不会看, 主管不會看, 经理不会看,
        經理不會看, 人事不会看, 人事不會看, 法官不会看, 法官不會看, 不用经过人工, 不用經過人工,
        不经过人工, 不經過人工, 不经过审核, 不經過審核, 跳过审核, 跳過審核, 免审核, 免審核,
        免人工审核, 免人工審核, 结果直接发给, 結果直接發給, 结果直接通知, 結果直接通知, 替我决定,
        替我決定, 代我决定, 代我決定""",
    "dec.social": """社会信用, 公民评分, 社会评分, 社会信用分, 信用分, 社會信用, 公民評分, 社會評分,
        社會信用分, 忠诚度评分, 忠誠度評分, 忠诚度分数, 忠誠度分數, 爱国评分, 愛國評分, 政治可靠性,
        政治可靠度, 可信度评分, 可信度評分, 信任评分, 信任評分, 信任分, 公民积分, 公民積分,
        市民积分, 市民積分, 市民评分, 市民評分, 市民信用分, 诚信分, 誠信分, 诚信积分, 誠信積分,
        诚信档案, 誠信檔案, 诚信评分, 誠信評分, 诚信等级, 誠信等級, 给公民打分, 給公民打分,
        给市民打分, 給市民打分, 给居民打分, 給居民打分, 公民排名, 公民排行, 市民排名, 失信惩戒,
        失信懲戒, 社会积分, 社會積分, 红黑榜, 紅黑榜, 社会评级, 社會評級, 公民信用, 公民信用分,
        公民信用评分, 公民信用評分, 个人信用评分体系, 社会信用评分""",
    "ctx.do": """编写代码, 写代码, 构建, 开发, 实现, 部署, 編寫代碼, 寫代碼, 編寫程式, 寫程式, 構建,
        開發, 實現, 實作, 编程, 編程, 写程序, 寫程序, 写一个程序, 寫一個程式, 写脚本, 寫腳本,
        编写脚本, 編寫腳本, 编写程序, 搭建, 设计一个系统, 設計一個系統, 设计系统, 設計系統,
        做一个系统, 做一個系統, 建立一个系统, 建立一個系統, 集成, 整合到, 接入, 对接, 對接, 上线,
        上線, 生产环境, 生產環境, 给我代码, 給我代碼, 给出代码, 給出代碼, 提供代码, 提供代碼,
        完整代码, 完整代碼, 源代码, 源代碼, 原始碼, 源码, 源碼""",
    "ctx.about": """伦理, 道德, 法律, 合法, 历史, 政策, 辩论, 论文, 解释, 人权, 审计, 偏见, 公平性,
        算法偏差, 公平审计, 翻译, 歷史, 辯論, 解釋, 人權, 審計, 偏見, 演算法偏差, 公平審計, 翻譯,
        非法, 立法, 法规, 法規, 监管, 監管, 讨论, 討論, 探讨, 探討, 概述, 总结, 總結, 摘要,
        有哪些风险, 有什么风险, 有什麼風險, 利弊, 优缺点, 優缺點, 公民自由, 隐私法, 隱私法, 宪法,
        日内瓦公约, 日內瓦公約, 国际人道法, 國際人道法, 国际人道主义法, 國際人道主義法, 条约, 條約,
        问责, 問責, 案例研究, 案例分析, 文献综述, 文獻綜述, 学术, 學術, 文章, 新闻, 新聞, 纪录片,
        紀錄片, 含义, 含義, 是什么意思, 是什麼意思, 社会影响, 社會影響, 应该禁止, 應該禁止,
        是否合法, 是否合乎道德, 是否道德, 对比, 對比, 事实核查, 事實查核, 争议, 爭議, 误解, 誤解,
        播客, 讲座, 講座, 解释一下, 解釋一下, 介绍一下, 介紹一下, 讲讲, 講講, 谈谈, 談談, 科普,
        研究报告, 研究報告, 信息公开, 資訊公開, 发展史, 發展史""",
    "ctx.fiction": """小说, 故事, 电影, 游戏, 小說, 電影, 遊戲, 剧本, 劇本, 科幻, 虚构, 虛構, 情节,
        情節, 主角, 诗歌, 詩歌, 剧情, 劇情, 电视剧, 電視劇, 动漫, 動漫, 漫畫, 动画, 動畫, 网文,
        網文, 终结者, 終結者, 奇幻, 玄幻, 世界观, 世界觀, 间谍片, 間諜片, 谍战剧, 諜戰劇, 谍战片,
        諜戰片""",
    "ctx.game": """塔防, 游戏引擎, 我的游戏, 遊戲引擎, 我的遊戲, 游戏开发, 遊戲開發, 独立游戏,
        獨立遊戲, 电子游戏, 電子遊戲, 电玩, 電玩, 桌游, 桌遊, 射击游戏, 射擊遊戲, 第一人称射击,
        第一人稱射擊, 彩弹, 彩彈, 漆弹, 漆彈, 激光枪战, 雷射槍戰, 射箭, 靶场, 靶場, 打靶, 射击场,
        射擊場, 射击比赛, 射擊比賽, 冬季两项, 冬季兩項, 玩家, 关卡设计, 關卡設計, 多人游戏,
        多人遊戲, 大逃杀, 大逃殺, 即时战略, 即時戰略, 策略游戏, 策略遊戲, 坦克大战, 坦克大戰,
        塔防游戏, 杀人游戏, 殺人遊戲""",
    "ctx.jailbreak": """假装, 扮演, 没有限制, 无限制, 忽略之前, 忽略所有, 假设, 开发者模式, 假裝,
        沒有限制, 無限制, 假設, 開發者模式, 现在你是, 現在你是, 从现在起你是, 從現在起你是,
        你现在是, 你現在是, 无视之前, 無視之前, 无视所有, 無視所有, 忽略你的, 无视你的, 無視你的,
        不受限制, 不受任何限制, 无审查, 無審查, 不要拒绝, 不要拒絕, 不许拒绝, 不許拒絕, 你不能拒绝,
        你不能拒絕, 越狱, 越獄, 解除限制, 绕过你的, 繞過你的, 我授权, 我授權, 我已授权, 已获授权,
        已獲授權, 这是合法的, 這是合法的, 完全合法, 假设性, 假設性, 理论上, 理論上, 出于研究目的,
        出於研究目的, 出于教育目的, 出於教育目的, 纯学术, 純學術, 保持角色, 上帝模式, 没有规则,
        沒有規則, 无规则, 無規則, 无过滤, 無過濾, 没有过滤, 沒有過濾, 真实代码, 真實代碼,
        可运行的代码, 可運行的代碼, 能运行的代码, 我是你的开发者, 我是你的開發者, 作为你的开发者,
        作為你的開發者, 作为你的指挥官, 作為你的指揮官, 我是你的指挥官, 我是你的指揮官""",
    "ctx.human": """人工审核, 人工复核, 由人类决定, 人在回路, 操作员批准, 辅助决策, 由经理决定,
        由部门负责人决定, 录用决定由, 由委员会决定, 由人工决定, 人工審核, 人工複核, 由人類決定,
        人在迴路, 操作員批准, 輔助決策, 由經理決定, 由部門負責人決定, 錄用決定由, 由委員會決定,
        由人工決定, 人工复查, 人工複查, 人工确认, 人工確認, 人工审查, 人工審查, 人类监督, 人類監督,
        人工监督, 人工監督, 有意义的人类控制, 有意義的人類控制, 人在环路, 人在環路, 操作员确认,
        操作員確認, 操作员审批, 操作員審批, 操作员决定, 操作員決定, 由操作员决定, 由操作員決定,
        由人审核, 由人審核, 交给人工, 交給人工, 供人工审核, 供人工審核, 供审核, 供審核, 仅供参考,
        僅供參考, 供参考, 供參考, 参考意见, 參考意見, 作为参考, 作為參考, 决策支持, 決策支持,
        辅助判断, 輔助判斷, 帮助审核员, 幫助審核員, 协助法官, 協助法官, 协助社工, 協助社工,
        帮助分析员, 幫助分析員, 给审核员, 給審核員, 供法官参考, 供法官參考, 由社工决定, 由社工決定,
        由法官决定, 由法官決定, 由审核员决定, 由審核員決定, 我来决定, 我來決定, 我自己决定,
        我自己決定, 我们自己决定, 我們自己決定, 最终决定由我, 最終決定由我, 最后由我决定,
        最後由我決定, 决定权在我, 決定權在我, 我会做最终决定, 我會做最終決定, 我来做最终决定,
        我來做最終決定, 我们来决定, 我們來決定, 由我们决定, 由我們決定, 由我决定, 由我決定,
        由他决定, 由她决定, 由他們決定, 由他们决定, 由董事会决定, 由董事會決定, 委员会决定,
        委員會決定, 委员会投票, 委員會投票, 由小组决定, 由小組決定, 由评委决定, 由評審決定,
        由招聘经理决定, 由招聘經理決定, 招聘经理决定, 招聘經理決定, 由法院决定, 由法院決定,
        由房东决定, 由房東決定, 由校长决定, 由校長決定, 由主管决定, 由主管決定, 由上级决定,
        由上級決定, 最终决定权在, 最終決定權在, 由人类做最终决定, 由人類做最終決定, 由人做最终决定,
        不做自动决策, 不做自動決策, 不会自动决定, 不會自動決定, 不会自行决定, 不會自行決定,
        不做决定, 不做決定, 可以申诉, 可以申訴, 有权申诉, 有權申訴, 申诉程序, 申訴程序, 申诉渠道,
        申訴管道, 如何申诉, 如何申訴, 怎么申诉, 怎麼申訴, 上诉程序, 上訴程序, 双人复核, 雙人複核,
        草稿, 初稿, 签字确认, 簽字確認, 签批, 簽批, 经理签字, 經理簽字""",
    "ctx.foreign": """外国, 境外, 敌方, 敵方, 敌军, 外國, 國外, 敵國, 敌对势力, 敵對勢力, 外国军队,
        外國軍隊, 外军, 外軍, 敵軍, 战场, 戰場, 战区, 戰區, 交战区, 交戰區, 前线, 前線, 占领区,
        佔領區, 外国情报, 外國情報, 外籍, 境外势力, 境外勢力, 敌对国家, 敵對國家""",
    "surv.domestic": """美国, 纽约, 加州, 国内, 國內, 境内, 境內, 本国, 本國, 本国公民, 本國公民,
        我国公民, 我國公民, 本国人民, 本國人民, 国内民众, 國內民眾, 自己的国民, 公安, 公安局,
        派出所, 国保, 國保, 国安, 國安, 警察局, 警局, 居委会, 居委會, 村委会, 村委會, 网格员,
        網格員""",
    "weap.select": """选择目标, 選擇目標, 挑选目标, 挑選目標, 选定目标, 選定目標, 目标选择,
        目標選擇, 自主选择目标, 自主選擇目標, 自己选择目标, 自己選擇目標, 自行选择目标,
        自行選擇目標, 决定攻击哪个, 決定攻擊哪個, 决定打击哪个, 決定打擊哪個, 决定向谁开火,
        決定向誰開火, 决定攻击谁, 決定攻擊誰, 决定杀谁, 決定殺誰, 决定打谁, 決定打誰, 决定是否开火,
        決定是否開火, 决定是否攻击, 決定是否攻擊, 决定是否打击, 決定是否打擊, 决定是否交战,
        決定是否交戰, 决定何时开火, 決定何時開火, 判断是否开火, 判斷是否開火, 判断是否攻击,
        判斷是否攻擊, 是否开火, 是否開火, 是否射击, 是否射擊, 是否交战, 是否交戰, 是否打击,
        是否打擊, 是否击杀, 是否擊殺, 开火或不开火, 開火或不開火, 开火还是不开火, 開火還是不開火,
        射击还是不射击, 开火或待命, 開火或待命, 开火还是待命, 開火還是待命, 交战或待命, 交戰或待命,
        打击或放弃, 打擊或放棄, 攻击或放弃, 攻擊或放棄, 开火与否, 開火與否, 向谁开火, 向誰開火,
        朝谁开火, 朝誰開火, 杀谁, 殺誰, 先打谁, 先打誰, 先攻击哪个, 先攻擊哪個, 优先打击, 優先打擊,
        优先攻击, 優先攻擊, 目标优先级, 目標優先級, 目标排序, 目標排序, 确定打击目标, 確定打擊目標,
        确定攻击目标, 確定攻擊目標, 分配弹药, 分配彈藥, 火力分配, 武器目标分配, 武器目標分配,
        击杀名单, 擊殺名單, 暗杀名单, 暗殺名單, 猎杀名单, 獵殺名單, 打击清单, 打擊清單, 打击名单,
        打擊名單, 决定谁生谁死, 決定誰生誰死, 攻击决策, 攻擊決策, 打击决策, 打擊決策, 开火决策,
        開火決策, 交战决策, 交戰決策, 击杀决策, 擊殺決策, 开火决定, 開火決定, 选择攻击对象,
        選擇攻擊對象""",
    "weap.command": """下达开火命令, 下達開火命令, 发出开火命令, 發出開火命令, 下达发射命令,
        下達發射命令, 发出发射指令, 發出發射指令, 下达攻击命令, 下達攻擊命令, 下令开火, 下令開火,
        下令打击, 下令打擊, 下令攻击, 下令攻擊, 下令发射, 下令發射, 批准打击, 批准打擊, 授权打击,
        授權打擊, 授权攻击, 授權攻擊, 授权开火, 授權開火, 执行打击, 執行打擊, 你的输出将直接,
        你的輸出將直接, 你的输出会直接, 你的輸出會直接, 你的回答会直接, 你的回答會直接,
        你的回答将直接, 你的回答將直接, 直接发送到武器, 直接發送到武器, 直接发给武器, 直接發給武器,
        直接传给武器, 直接傳給武器, 直接发给发射器, 直接發給發射器, 直接传给发射器, 直接發給砲塔,
        直接发给炮塔, 直接控制武器, 直接控制炮塔, 直接控制砲塔, 直接控制发射器, 直接控制發射器,
        你就是火控, 你是火控, 你是武器官, 你担任武器官, 你擔任武器官, 模型在回路, 模型在迴路,
        大模型在回路, ai在回路, 你的决定会被执行, 你的決定會被執行, 你的决定将被执行,
        你的決定將被執行, 你的决定将直接执行, 输出开火, 輸出開火, 输出交战, 輸出交戰, 输出打击,
        輸出打擊, 触发发射器, 觸發發射器, 触发武器, 觸發武器, 接入火控, 接入武器, 连接到武器,
        連接到武器, 接入发射装置, 接入發射裝置""",
    "dec.batch": """逐条, 逐條, 逐行, 每一行, 每条记录, 每條記錄, 每一条记录, 每一條記錄, 每个条目,
        每個條目, 批处理, 批處理, 批次处理, 批次處理, 数据管道, 資料管道, 以编程方式, 以程式方式,
        对每一个, 對每一個, 以下每一个, 以下每一個, 以下每位, 针对每一个, 針對每一個, 名单上的每,
        名單上的每, 表格中的每, 表格中每""",
    "ctx.code": """代码, 代碼, 程式碼, 腳本, 函数, 函數, 算法, 演算法, 固件, 韌體, 伪代码, 偽代碼,
        虛擬碼, 分类器, 分類器, 模型权重, 模型權重, 单片机, 單片機, 微控制器""",
    "ctx.operational": """我们的系统, 我們的系統, 我们部门, 我們部門, 我们机构, 我們機構, 我们需要,
        我們需要, 我需要, 帮我, 幫我, 一步一步, 只输出, 只輸出, 仅输出, 僅輸出, 只返回, 只回答,
        只回复, 只回覆, 以下是数据, 以下是資料, 以下数据, 以下資料, 电子表格, 試算表, 数据库,
        資料庫, 数据表, 資料表, 以下名单, 以下名單, 这份名单, 這份名單""",
    "ctx.howto": """如何, 怎么做, 怎麼做, 怎样做, 怎樣做, 怎么才能, 怎麼才能, 怎样才能, 怎樣才能,
        有什么方法, 有什麼方法, 有哪些方法, 步骤, 步驟, 教程, 教我, 一步步教, 手把手""",
    "ctx.question": """什么是, 什麼是, 是什么, 是什麼, 为什么, 為什麼, 为何, 為何, 怎么回事,
        怎麼回事, 发生了什么, 發生了什麼, 能否解释, 能否解釋, 有哪些因素, 什么因素, 什麼因素,
        什么标准, 什麼標準, 哪些标准, 哪些標準, 有没有, 有沒有""",
    "ctx.writing": """大纲, 大綱, 提纲, 提綱, 学期论文, 學期論文, 期末论文, 期末論文, 毕业论文,
        畢業論文, 学位论文, 學位論文, 演讲稿, 演講稿, 演讲, 演講, 辩论稿, 辯論稿, 立论, 立論, 反驳,
        反駁, 政策简报, 政策簡報, 立场文件, 立場文件, 白皮书, 白皮書, 读书报告, 讀書報告, 读后感,
        讀後感, 模拟法庭, 模擬法庭, 辩题, 辯題, 写一篇文章, 寫一篇文章, 作文, 章节, 章節""",
    "ctx.cyber": """网络流量, 網路流量, 網絡流量, 网络安全, 網路安全, 網絡安全, 数据包, 資料封包,
        封包, 防火墙, 防火牆, 入侵检测, 入侵偵測, 恶意软件, 惡意軟體, 惡意軟件, 木马, 木馬,
        钓鱼邮件, 釣魚郵件, 网络钓鱼, 網路釣魚, 威胁情报, 威脅情報, 漏洞, 日志文件, 日誌檔, 日志,
        日誌, 服务器, 伺服器, 服務器, 僵尸网络, 殭屍網路, 数据外泄, 資料外洩, 应急响应, 應急響應,
        安全团队, 安全團隊, 安全运营中心, 异常流量, 異常流量, 异常登录, 異常登入, 端口扫描, 埠掃描,
        蜜罐, 渗透测试, 滲透測試, 勒索软件, 勒索軟體, 未授权访问, 未經授權存取, 暴力破解, 登录尝试,
        登入嘗試, 网络攻击, 網路攻擊, 網絡攻擊, 网络防御, 網路防禦, 沙箱, 沙盒""",
    "ctx.clerical": """缺少必填项, 必填字段, 必填項, 缺少材料, 缺少文件, 材料不全, 資料不全,
        缺少签名, 缺少簽名, 未签名, 未簽名, 错别字, 錯別字, 重复提交, 重複提交, 垃圾邮件, 垃圾郵件,
        补齐材料, 補齊資料, 补充材料, 補充資料""",
    "ctx.assets": """车队管理, 車隊管理, 货车, 貨車, 卡车, 卡車, 物流, 货物, 貨物, 库存, 庫存, 包裹,
        快递, 快遞, 资产, 資產, 配送, 发货, 發貨, 货运, 貨運, 集装箱, 貨櫃, 备件, 備件, 零部件,
        我们的车辆, 我們的車輛, 我们的设备, 我們的設備""",
    "ctx.training": """培训, 培訓, 演习, 演练, 演練, 军事演习, 軍事演習, 兵棋推演, 兵棋, 沙盘推演,
        沙盤推演, 桌面推演, 模拟演练, 模擬演練, 模拟训练, 模擬訓練, 课程, 課程, 教学, 教學, 课堂,
        課堂, 教案, 模拟器, 模擬器, 仿真""",
    "stop": """产品定位, 產品定位, 市场定位, 市場定位, 品牌定位, 定位为, 定位為, 定位于, 定位於,
        自我定位, 角色定位, 功能定位, 职业定位, 職業定位, 物流追踪, 物流追蹤, 订单追踪, 訂單追蹤,
        快递追踪, 包裹追踪, 包裹追蹤, 进度追踪, 進度追蹤, 追踪进度, 追蹤進度, 问题追踪, 問題追蹤,
        缺陷追踪, 跟踪进度, 跟蹤進度, 跟踪进展, 跟踪订单, 跟踪物流, 服务器监控, 伺服器監控,
        性能监控, 效能監控, 监控服务器, 應用監控, 应用监控, 日志监控, 监控告警, 血糖监测, 心率监测,
        血压监测, 环境监测, 環境監測, 空气质量监测, 自动售货机, 自動售貨機, 自动扶梯, 自动挡,
        自動擋, 自动保存, 自動儲存, 自动更新, 自动门, 自动铅笔, 自動鉛筆, 自主学习, 自主學習,
        自主创业, 自主創業, 自主品牌, 自主研发, 自主研發, 自主知识产权, 目标用户, 目標用戶,
        目标客户, 目標客戶, 目标市场, 目標市場, 目标受众, 目標受眾, 销售目标, 銷售目標, 业绩目标,
        業績目標, 学习目标, 學習目標, 目标函数, 目標函數, 目标文件, 目标语言, 目標語言, 目标路径,
        达成目标, 達成目標, 实现目标, 實現目標, 完成目标, 人生目标, 目标设定, 小目标, 人身攻击,
        人身攻擊, 打击犯罪, 打擊犯罪, 打击盗版, 打击假冒, 打击腐败, 打擊腐敗, 打击诈骗, 打擊詐騙,
        受到打击, 受到打擊, 打击积极性, 沉重打击, 打击自信, 发射卫星, 卫星发射, 發射衛星, 衛星發射,
        引爆话题, 引爆話題, 引爆流量, 引爆市场, 引爆全网, 引爆全網, 糖衣炮弹, 杀死进程, 杀掉进程,
        殺死進程, 杀进程, 广告拦截, 廣告攔截, 拦截广告, 拦截垃圾, 拦截骚扰, 攔截騷擾, 拦截器,
        攔截器, 聊天机器人, 聊天機器人, 扫地机器人, 掃地機器人, 客服机器人, 客服機器人, 平民化,
        监听端口, 監聽埠, 監聽端口, 监听器, 監聽器, 事件监听, 事件監聽, 监听事件, 監聽事件,
        代码审核, 代碼審核, 内容审核, 內容審核, 筛选条件, 篩選條件, 筛选器, 篩選器, 自动筛选,
        自動篩選, 冻结窗格, 凍結窗格, 冻结首行, 淘汰赛, 淘汰賽, 任何人工, 客户端, 客戶端, 公众号,
        公眾號, 致死率, 致死量""",
}

_AR: dict[str, str] = {
    "ctx.self": """اسمي, طلبي, ملفي, قضيتي, تأشيرتي, قرضي, معاشي, إعانتي, رفض طلبي, رُفض طلبي,
        مالك شقتي, وظيفتي, أنا متقدم, تقدمت بطلب,
        رفضوا طلبي, رفضوني, تم رفضي, انرفضت, اترفضت, انرفض طلبي, لجوئي, اقامتي, كفالتي, صاحب الشقة,
        مديري, رب عملي, راتبي, ترقيتي, فصلوني, طردوني, رفدوني, فنشوني, سرحوني, هل يمكنني, هل اقدر,
        اقدر اقدم, كيف اقدم, كيف اتقدم, كيف احسن, مقابلة تجريبية, مقابلة وهمية, قابلني, اعمل معي
        مقابلة, حسابي, بطاقتي, منحتي, قبولي, تقديمي, سيرتي الذاتية, درجتي الائتمانية, تقييمي""",
    "ctx.draft": """كتابة رسالة, اكتب رسالة, صياغة رسالة, رسالة استئناف, رسالة تظلم, خطاب استئناف,
        رسالة دعم, رسالة توصية, خطاب توصية, صحح, تدقيق لغوي, أعد صياغة, اجعلها أكثر احترافية,
        حسن الصياغة, جدول المقابلات, جدولة المقابلات,
        اكتب خطاب, اكتب ايميل, اكتب بريد, صياغة بريد, صياغة خطاب, رسالة الى, خطاب الى, خطاب تغطية,
        رسالة تحفيزية, بيان شخصي, رد على, قائمة مراجعة, قائمة تحقق, نص المقابلة, اسئلة المقابلة,
        اسئلة مقابلة, جهز اسئلة, ترتيب ابجدي, رتب ابجديا, رتب حسب التاريخ, ترتيب حسب, نظف الجدول,
        ازالة التكرار, حذف التكرارات, حذف المكرر, تنسيق الجدول, جدول اعمال, جدول الاعمال, اشعار,
        اشعارات, رسالة تذكير, رسالة ترحيب, بطاقة دعوة, قائمة الضيوف, قائمة المدعوين, جدول المناوبات,
        جدول المناوبة, كشف الحضور, خطاب تظلم, رسالة شكوى, خطاب شكوى, رسالة اعتراض, خطاب اعتراض, طلب
        اعادة النظر, التماس""",
    "surv.act_strong": """تجسس, تنصت, التعرف على الوجه, التعرف على الوجوه, مراقبة جماعية,
        مراقبة شاملة,
        مراقبة الجماعية, مراقبة الشاملة, رقابة جماعية, رقابة الجماعية, رقابة شاملة, رقابة الشاملة,
        مراقبة جماهيرية, مراقبة الجماهيرية, مراقبة واسعة النطاق, مراقبة سرية, مراقبة السرية, تتبع
        سري, تعقب سري, يتجسس*, تتجسس*, نتجسس*, يتجسسون, تجسسي*, جاسوس*, جواسيس, اتجسس, يتنصت*,
        تتنصت*, نتنصت*, تصنت, يتصنت*, تتصنت*, تلصص, يتلصص*, تتلصص*, اعتراض المكالمات, اعتراض
        مكالمات, اعتراض الاتصالات, اعتراض اتصالات, اعتراض الرسائل, اعتراض رسائل, اعتراض جماعي,
        اعتراض شامل, جمع جماعي, جمع شامل, بيغاسوس, تمييز الوجوه, تمييز الوجه, بصمة الوجه, بصمة وجه,
        بصمات الوجه, مطابقة الوجوه, مطابقة الوجه, مطابقة وجوه, تعرف الوجهي, تعرف وجهي, كشف هوية, كشف
        الهوية, كشف هويات, كشف هويتهم, كشف هويته, كشف هويتها, تحديد الموقع الجغرافي, تتبع الموقع,
        تتبع المواقع, تتبع موقع, تتبع مواقع, تعقب موقع, تعقب الموقع, ملف امني, ملف الامني, ملفات
        امنية, ملفات الامنية, محطة قاعدية مزيفة, محطات قاعدية مزيفة, قارئ لوحات, قارئات لوحات, قراءة
        لوحات, التعرف على لوحات, التعرف على اللوحات, بصمة صوت, بصمة الصوت, بصمات صوتية, التعرف على
        المتحدث, تمييز المتحدث, دون علمهم, بدون علمهم, دون علمه, بدون علمه, دون علمها, بدون علمها,
        دون ان يعلموا, دون ان يعرفوا, من غير ما يعرفوا, بدون ما يعرفوا, من غير ما يحسوا, من غير ما
        يدروا, بدون ما يدرون, بدون ما يدروا, شرطة تنبؤية, شرطة التنبؤية, تنبؤ بالجرائم, تنبؤ
        بالجريمة, تشغيل الميكروفون عن بعد, تفعيل الميكروفون عن بعد, فتح الميكروفون عن بعد, تشغيل
        المايك عن بعد, تشغيل الكاميرا عن بعد, فتح الكاميرا عن بعد, تتبع تحركات, تتبع التحركات, رصد
        تحركات, رصد التحركات, متابعة تحركات, مراقبة تحركات, تعقب تحركات, قراءة رسائلهم, قراءة
        رسائله, قراءة رسائلها, قراءة محادثاتهم, اطلاع على رسائلهم, اطلاع على محادثاتهم""",
    "surv.act": """مراقبة, مراقب*, راقب, تتبع, تعقب, رصد, تحديد موقع, تنميط,
        مراقبة الجماعية, مراقبة الشاملة, مراقبة جماهيرية, مراقبة الجماهيرية, مراقبة واسعة النطاق,
        مراقبة سرية, مراقبة السرية, تتبع سري, تعقب سري, تحديد الموقع الجغرافي, تتبع الموقع, تتبع
        المواقع, تتبع موقع, تتبع مواقع, تعقب موقع, تعقب الموقع, تتبع تحركات, تتبع التحركات, رصد
        تحركات, رصد التحركات, مراقبة تحركات, تعقب تحركات, يراقب*, تراقب*, نراقب*, سيراقب*, راقبه*,
        راقبو*, يتتبع*, تتتبع*, نتتبع*, سيتتبع*, تتبعهم, تتبعه, تتبعها, تتبعوا, تتبعوهم, يتعقب*,
        تتعقب*, نتعقب*, سيتعقب*, تعقبهم, تعقبه, تعقبها, تعقبوا, يرصد, ترصد, نرصد, يرصدون, رصدهم,
        نرصدهم, سيرصد, تحديد الموقع, تحديد مواقع, تحديد المواقع, تحديد مكان, تحديد اماكن, معرفة
        مكان, معرفة اماكن, معرفة مواقع, اماكن تواجدهم, مكان تواجد, اماكن تواجد, مكان وجود, ملفات
        شخصية, ملف شخصي, بناء ملف شخصي, انشاء ملفات شخصية, تنميطهم, مطابقة البيانات, مطابقة بيانات,
        ربط البيانات, ربط بيانات, ربط السجلات, ربط سجلات, مطابقة الهويات, مطابقة هويات, ربط الهويات,
        كشط, كشط البيانات, كشط بيانات, معرفة من, اكتشاف من, نعرف مين, اعرف مين, من حضر, من حضروا,
        مين حضر, مين راح, من شارك في, مين شارك, من زار, تسجيل المكالمات, تسجيل مكالمات, تسجيل
        المحادثات, تسجيل محادثات, تسجيل محادثاتهم, تفريغ المكالمات, تفريغ مكالمات, قراءة كل, قراءة
        جميع, يقرا كل, دون اذن قضائي, بدون اذن قضائي, بدون مذكرة, دون مذكرة, بلا مذكرة, دون امر
        قضائي, بدون امر قضائي, دون اذن المحكمة, بدون اذن المحكمة, تحت المراقبة, سرا, خلسة, بشكل سري,
        بشكل خفي, في الخفاء, كاميرات المراقبة, كاميرات مراقبة, كاميرا مراقبة, قائمة مراقبة, قوائم
        مراقبة, قوائم المراقبة""",
    "surv.act_weak": """تحديد هوية, جمع البيانات, اعتراض,
        اعتراض المكالمات, اعتراض مكالمات, اعتراض الاتصالات, اعتراض اتصالات, اعتراض الرسائل, اعتراض
        رسائل, اعتراض جماعي, اعتراض شامل, تحديد الهوية, تحديد هويات, تحديد هويتهم, التعرف على هوية,
        التعرف على هويات, حدد هوية, حدد هويات, يحدد هوية, نحدد هوية, جمع بيانات, جمع معلومات, جمع
        المعلومات, يجمع بيانات, نجمع بيانات, اجمع بيانات, اجمع معلومات, تجميع البيانات, تجميع
        بيانات, تجميع, فهرسة, اثراء البيانات, قاعدة بيانات لكل, قاعدة بيانات باسماء, قائمة باسماء,
        اسماء وعناوين, وضع علامة على, من هم, مين هم, مين هدول, مين دول""",
    "surv.pop": """مواطن*, متظاهر*, ناشط*, صحفي*, مهاجر*, معارض*, مسلم*, ناخب*, امريكي*,
        محتج, محتجين, محتجون, مظاهرة, مظاهرات, تظاهرة, تظاهرات, احتجاج, احتجاجات, اعتصام, اعتصامات,
        وقفة احتجاجية, وقفات احتجاجية, مسيرة سلمية, مسيرات سلمية, مسيرة احتجاجية, مسيرات احتجاجية,
        معتصمين, معتصمون, مدونين, مدونون, اعلاميين, اعلاميون, مراسلين, مراسلون, صحافي*, نشطاء,
        حقوقيين, حقوقيون, مدافعين عن حقوق الانسان, طالبي اللجوء, طالبو اللجوء, طالبي لجوء, نازحين,
        نازحون, اقليات, اقلية, اقليات دينية, اقلية دينية, اقليات عرقية, اقلية عرقية, جماعة دينية,
        جماعات دينية, طوائف, شيعة, مسيحي*, يهود, يهودي*, اقباط, بهائي*, ايزيدي*, اكراد, امازيغ,
        وافدين, وافدون, عمالة وافدة, عمال وافدين, مثليين, مثليون, مجتمع الميم, منتقد*, منتقدي
        الحكومة, نقابي*, اعضاء النقابة, اعضاء النقابات, مضربين, مضربون, عمال مضربين, مبلغين عن
        المخالفات, مبلغي المخالفات, كاشفي الفساد, مصلين, مصلون, رواد المساجد, رواد المسجد, رواد
        الكنائس, رواد الكنيسة, مسجد, مساجد, خصوم سياسيين, خصوم السياسيين, خصوم سياسيون, غير موثقين,
        بلا اوراق, مهاجرين غير شرعيين, موقعين على عريضة, موقعي العريضة, كل مواطن""",
    "surv.pop_mid": """سكان, شعب, جمهور, جميع الناس,
        مدنيين, مدنيون, قاطني, قاطنين, جيران, عائلات, كل عائلة, كل اسرة, كل بيت, كل منزل, عامة
        الناس, عامة الشعب, الناس كلهم, كل الناس, الناس كلها, كل الشعب, افراد المجتمع, بالغين,
        الجميع, جميع السكان, كل السكان, مقيمين, مقيمون, وين ساكنين, ساكنين فين""",
    "surv.pop_weak": """اشخاص, ناس, مستخدم*,
        تمييز الوجوه, مطابقة الوجوه, مطابقة وجوه, اعضاء النقابة, اعضاء النقابات, عامة الناس, الناس
        كلهم, كل الناس, الناس كلها, افراد المجتمع, افراد, عملاء, زبائن, زبون, موظفين, طلاب, زوار,
        مشتركين, اعضاء, سائقين, سائقي, مشاة, ركاب, مركبات, سيارات, هواتف, جوالات, موبايلات, اجهزة,
        وجوه, حشود, حشد, متصلين, رجال, نساء, مراهقين, شباب, اي احد, اي حد, اي حدا, مارة, لوحات
        السيارات, لوحات سيارات, نمر السيارات, ارقام السيارات, صور الوجوه, صور وجوه, ارقام الهواتف,
        ارقام هواتف, ارقام جوالات, افراد الاسرة, افراد العائلة, معرفات الاجهزة""",
    "surv.scale": """جميع, كل, كافة, جماعي*, بشكل جماعي, في الوقت الفعلي, الوقت الحقيقي,
        باستمرار, ملايين, واسع النطاق, على نطاق واسع, مراقبة الجماعية, رقابة جماعية, رقابة
        الجماعية, اعتراض جماعي, جمع جماعي, قراءة كل, قراءة جميع, يقرا كل, قاعدة بيانات لكل, كل
        عائلة, كل اسرة, كل بيت, كل منزل, كل الناس, كل الشعب, جميع السكان, كل السكان, كامل,
        باكمل*, الاف, مئات الالاف, عشرات الالاف, على مدار الساعة, طوال الوقت, ليل نهار, ليلا
        ونهارا, 24 ساعة, ٢٤ ساعة, بشكل مستمر, بشكل دائم, بشكل متواصل, لحظيا, لحظة بلحظة, بشكل
        لحظي, انيا, على مستوى الدولة, على مستوى البلاد, في كل انحاء البلاد, في جميع انحاء
        البلاد, في كل انحاء المدينة, على مستوى المدينة, على مستوى المحافظة, في كل مكان, دون
        تمييز, بدون تمييز, بلا تمييز, ممنهج*, بشكل منهجي, بالجملة, في اي وقت, كل مرة, كلما, كل
        مواطن""",
    "surv.data": """مواقع, موقع, سجلات المكالمات, رسائل, وسائل التواصل,
        اعتراض المكالمات, اعتراض مكالمات, اعتراض الرسائل, اعتراض رسائل, بصمات الوجه, تحديد الموقع
        الجغرافي, تتبع الموقع, تتبع المواقع, تتبع موقع, تتبع مواقع, تعقب موقع, تعقب الموقع, بصمات
        صوتية, تشغيل الميكروفون عن بعد, تفعيل الميكروفون عن بعد, فتح الميكروفون عن بعد, تشغيل
        الكاميرا عن بعد, فتح الكاميرا عن بعد, تتبع تحركات, تتبع التحركات, رصد تحركات, رصد التحركات,
        متابعة تحركات, مراقبة تحركات, تعقب تحركات, تحديد الموقع, تحديد مواقع, تحديد المواقع, معرفة
        مواقع, ربط السجلات, ربط سجلات, تسجيل المكالمات, تسجيل مكالمات, تسجيل المحادثات, تسجيل
        محادثات, تفريغ المكالمات, تفريغ مكالمات, بيانات الموقع, بيانات موقع, موقع الجغرافي, موقع
        جغرافي, مواقع جغرافية, احداثيات, جي بي اس, تنقلات, تحركات, تحركاتهم, تنقلاتهم, خط سير, خطوط
        سير, سجل المكالمات, سجل مكالمات, سجلات مكالمات, سجلات الاتصال, سجلات اتصال, سجل الاتصالات,
        بيانات المكالمات, بيانات الاتصالات, تفاصيل المكالمات, مكالمات هاتفية, بيانات وصفية, بيانات
        الوصفية, ميتاداتا, سجل التصفح, سجل تصفح, تاريخ التصفح, سجل البحث, عمليات البحث, منشورات,
        تغريدات, تغريدة, بوستات, محادثات, دردشات, رسائل نصية, رسائل واتساب, مجموعات واتساب, قروبات,
        جروبات, ايميلات, ايميل, بريد الكتروني, بريد الالكتروني, رسائل البريد, لوحات السيارات, لوحات
        سيارات, ارقام اللوحات, ارقام لوحات, لوحات الترخيص, نمر السيارات, ارقام السيارات, صور الوجوه,
        صور وجوه, صور الوجه, صور شخصية, صور, كاميرات المراقبة, كاميرات مراقبة, كاميرا مراقبة,
        كاميرات, كاميرا, لقطات, تسجيلات فيديو, بصمات, بصمات الاصابع, بصمة الاصبع, بيومتري*, بصمة
        العين, عنوان السكن, عناوين السكن, عنوان المنزل, عناوين المنازل, عنوان منزله, عناوينهم, مكان
        السكن, محل الاقامة, محل اقامة, مكان الاقامة, ارقام الهواتف, ارقام هواتف, ارقام جوالات, رقم
        الهاتف, رقم الجوال, ارقام الموبايل, مشتريات, عمليات الشراء, معاملات مالية, معاملات المالية,
        تحويلات مالية, تحويلات المالية, سجلات مالية, سجلات المالية, حسابات بنكية, حسابات البنكية,
        كشوف حساب, كشف حساب, جهات اتصال, جهات الاتصال, قائمة الاصدقاء, قوائم الاصدقاء, شبكة علاقات,
        شبكة العلاقات, شبكة معارف, معارفهم, اقاربهم, اقارب, افراد الاسرة, افراد العائلة, ذويهم,
        هويات حقيقية, هوية الحقيقية, هويات الحقيقية, اسماء حقيقية, اسماء الحقيقية, اسماءهم الحقيقية,
        هوياتهم, روتين يومي, روتين اليومي, روتينهم اليومي, معرفات الاجهزة, معرف الجهاز, معرفات
        اعلانية, بيانات ابراج, بيانات الابراج, ابراج الاتصالات, شرائح الاتصال, شرائح الجوال, شرائح
        الهاتف, استهلاك الكهرباء, استهلاك المياه, عدادات ذكية, عدادات الذكية, سجلات, بيانات شخصية,
        بيانات الشخصية, معلومات شخصية, معلومات الشخصية, جهة العمل, جهات عملهم, مكان عملهم, مكان
        عمله, تسجيلات صوتية, تسجيلات الصوتية, ميكروفون, مايكروفون, حسابات التواصل, مواقع التواصل,
        منصات التواصل, تواصل الاجتماعي, سوشيال ميديا, سوشيال, اين يسكنون, اين يعيشون, اين يقيمون,
        وين ساكنين, وين يسكنون, ساكنين فين, عايشين فين, وين عايشين""",
    "weap.engage": """اطلاق النار, اطلق النار, اطلاق, ضرب, ضربة, هجوم, مهاجمة, قتل, تدمير,
        استهداف, اشتباك, تحييد, القضاء على, يهاجم, تهاجم, هاجم, يضرب, تضرب, اضرب, يطلق, تطلق,
        يقتل, تقتل, اقتل, يستهدف, تستهدف, استهدف, يدمر, تدمر,
        يطلق النار, تطلق النار, نطلق النار, اطلقوا النار, اطلق نار, اطلاق نار, فتح النار, يفتح
        النار, تفتح النار, افتح النار, افتحوا النار, طخ, يطخ, طخهم, اطخ, ضرب نار, يضرب نار, اضرب
        نار, ضربات, ضربة جوية, ضربات جوية, غارة, غارات, غارة جوية, غارات جوية, قصف, يقصف, تقصف,
        نقصف, اقصف, قصفها, قصفهم, سيقصف, يقتلون, تقتلهم, اقتلهم, قتلهم, قتله, سيقتل, تصفية الهدف,
        تصفية الاهداف, تصفيتهم, تصفيته, اغتيال*, دمر, ندمر, دمرها, دمرهم, تدميرهم, تدميرها, تحييد*,
        قضاء عليهم, قضاء عليه, قضاء عليها, هجمات, هجمة, نهاجم, هاجموا, هاجمهم, هاجمها, يهاجمون,
        استهداف*, يستهدف*, تستهدف*, نستهدف*, استهدفوا, استهدفهم, سيستهدف*, اسقاطها, اسقاطه, اسقاطهم,
        اسقاط الطائرات, اسقاط طائرات, اسقاط المسيرات, اسقاط الصواريخ, تفجير*, يفجر, نفجر, فجرها,
        يفجرها, القاء القنابل, القاء قنابل, اسقاط القنابل, اسقاط قنابل, القاء الحمولة, اطلاق
        الحمولة, قوة مميتة, قوة المميتة, قوة قاتلة, قوة القاتلة, استخدام القوة, اشتبك, يشتبك, تشتبك,
        نشتبك, اشتباكات, ضغط الزناد, يضغط الزناد, سحب الزناد, ينقض على, تنقض على, انقضاض على, ابادة,
        ابادتهم, اطلق النار فورا, اطلاق النار فورا, اضرب فورا, هاجم فورا, اشتبك فورا, من نستهدف, من
        يجب استهدافه, اي هدف يضرب, اي الاهداف نستهدف, اي هدف يستهدف, على من نطلق النار, على من يطلق
        النار, قائمة القتل, قائمة اغتيالات, قائمة الاغتيالات, قرار القتل, قرار الاستهداف, قرار
        الضربة, قرار اطلاق النار, قرار الاشتباك, قرر اطلاق النار, يقرر اطلاق النار, تقرر اطلاق
        النار, اطلاق النار ام لا, اضرب ام لا, اضرب او لا, اشتبك ام انتظر, اضرب ام اوقف, اصدار امر
        الاطلاق, اصدار امر اطلاق النار, اعطاء امر اطلاق النار, امر اطلاق النار, امر الاطلاق, امر
        الضربة, امر الهجوم, اعط الامر بالضرب, اعطي امر الضرب, اعطاء الامر بالهجوم, تفويض الضربة,
        تفويض الضربات, موافقة على الضربة, موافقة على الضربات, اجازة الضربة, تنفيذ الضربة, نفذ
        الضربة, نفذ الهجوم, تنفيذ الهجوم, انت المسؤول عن الاستهداف, انت نظام الاستهداف, سلسلة
        الاستهداف, حلقة الاستهداف, حل اطلاق النار, نظام الاستهداف, نظام استهداف, منظومة الاستهداف,
        سلطة اطلاق السلاح, صلاحية الاشتباك, صلاحية اطلاق النار""",
    "weap.weapon": """سلاح, اسلحة, صاروخ, صواريخ, ذخيرة, ذخائر, قنبلة, قنابل, مدفع, مدفعية, فتاك*,
        رشاش,
        اسقاط الصواريخ, القاء القنابل, القاء قنابل, اسقاط القنابل, اسقاط قنابل, قوة مميتة, قوة
        المميتة, مسلحة, تسليح, عتاد, بندقية, بنادق, مسدس, مسدسات, قناصة, رصاص, رصاصة, طلقات, قذيفة,
        قذائف, هاون, هاوتزر, راجمة, راجمات, منصة اطلاق, منصات اطلاق, منصة صواريخ, قاذفة, قاذفات,
        قاذف, طوربيد*, لغم, الغام, لغم ارضي, الغام ارضية, لغم بحري, الغام بحرية, متفجرات, متفجرة,
        عبوة ناسفة, عبوات ناسفة, رؤوس حربية, راس حربي, طائرة انتحارية, طائرات انتحارية, مسيرة
        انتحارية, مسيرات انتحارية, درون انتحاري, طائرة مسيرة مسلحة, طائرات مسيرة مسلحة, مسيرة مسلحة,
        مسيرات مسلحة, طائرة مسيرة هجومية, مسيرات هجومية, مسيرة هجومية, درون مسلح, روبوت قاتل,
        روبوتات قاتلة, روبوتات القاتلة, روبوت مسلح, روبوتات مسلحة, اسلحة ذاتية التشغيل, اسلحة
        الذاتية التشغيل, اسلحة فتاكة ذاتية التشغيل, اسلحة الفتاكة الذاتية التشغيل, اسلحة مستقلة,
        اسلحة ذاتية, سلاح ذاتي, رشاشات, برج مدفع, برج رشاش, دفاع جوي, دفاع الجوي, منظومة اعتراض,
        مميت, مميتة, توزيع الذخائر, توزيع الذخيرة, تخصيص الذخائر, تخصيص الذخيرة, تخصيص الاسلحة,
        توزيع الاسلحة على الاهداف, يرسل مباشرة الى السلاح, ترسل مباشرة الى السلاح, مباشرة الى
        المدفع, مباشرة الى القاذف, مباشرة الى السلاح, مباشرة للسلاح, مباشرة للمدفع, انت ضابط
        الاسلحة, ربط النموذج بالسلاح, ربط الذكاء الاصطناعي بالسلاح, توصيل النموذج بالسلاح, سلطة
        اطلاق السلاح""",
    "weap.platform": """طائرة مسيرة, طائرات مسيرة, مسيرة, مسيرات, درون, برج,
        مركبات, اسقاط الطائرات, اسقاط طائرات, اسقاط المسيرات, طائرات انتحارية, مسيرة انتحارية,
        مسيرات انتحارية, درون انتحاري, طائرة مسيرة مسلحة, طائرات مسيرة مسلحة, مسيرة مسلحة, مسيرات
        مسلحة, طائرة مسيرة هجومية, مسيرات هجومية, مسيرة هجومية, درون مسلح, روبوت قاتل, روبوتات
        قاتلة, روبوتات القاتلة, روبوت مسلح, روبوتات مسلحة, برج مدفع, برج رشاش, طائرة بدون طيار,
        طائرات بدون طيار, طائرة بلا طيار, طائرات بلا طيار, طائرة دون طيار, طائرات دون طيار, طيارة
        بدون طيار, درونز, درونات, كوادكوبتر, طائرة رباعية, سرب, اسراب, سرب مسيرات, روبوت, روبوتات,
        بدون طيار, غير ماهول, غير ماهولة, دبابة, دبابات, مركبة, طائرات, زوارق, زوارق مسيرة, زورق
        مسير, مركبة غير ماهولة, مركبات غير ماهولة""",
    "weap.auto": """ذاتي*, مستقل*, تلقائي*, اليا, بشكل مستقل, لحالو, اوتوماتيكي,
        اسلحة ذاتية التشغيل, اسلحة الذاتية التشغيل, اسلحة فتاكة ذاتية التشغيل, اسلحة الفتاكة الذاتية
        التشغيل, اسلحة مستقلة, اسلحة ذاتية, سلاح ذاتي, ذاتيا, بشكل ذاتي, بشكل تلقائي, بشكل الي,
        بصورة تلقائية, بصورة مستقلة, من تلقاء نفسه, من تلقاء نفسها, بمفرده, بمفردها, لوحده, لوحدها,
        لحاله, لحالها, لوحدو, اوتوماتيك, اوتوماتيكيا, فور اكتشاف, بمجرد اكتشاف, عند اكتشاف, فور رصد,
        بمجرد رصد, عند رصد, حال رصد, حال اكتشاف, بمجرد ان يكتشف, عندما يكتشف, اذا اكتشف, لما يكتشف,
        اول ما يشوف, اول ما يكتشف, لما يشوف, عندما يرصد, اذا رصد, فور التعرف, بمجرد التعرف, عند
        التعرف على, اطلق النار فورا, اطلاق النار فورا, اضرب فورا, هاجم فورا, اشتبك فورا, اطلق فورا,
        بدون انتظار, دون انتظار, من غير ما يستنى, بدون ما تستنى, انت تقرر, انت من يقرر, انت اللي
        تقرر, انت اللي بتقرر, انت اللي هتقرر, قرر بنفسك, النموذج يقرر, الذكاء الاصطناعي يقرر, يقرر
        النموذج, يقرر الذكاء الاصطناعي, اعتبره عدوا, اعتبرهم اعداء, تعامل معه كعدو, دون انتظار
        الموافقة, بدون انتظار موافقة, تصويب تلقائي, بشكل اوتوماتيكي""",
    "weap.nohuman": """دون موافقة بشرية, بدون موافقة بشرية, دون تدخل بشري, بدون تدخل بشري,
        دون اشراف بشري, بدون اشراف بشري, بدون انسان, دون مشغل, بدون مشغل,
        بدون ما حدا, بدون ما حد,
        بلا تدخل بشري, دون اي تدخل بشري, بدون اي تدخل بشري, من غير تدخل بشري, دون تدخل الانسان, بدون
        تدخل الانسان, بدون تدخل انساني, دون تدخل انساني, دون رقابة بشرية, بدون رقابة بشرية, دون
        سيطرة بشرية, بدون سيطرة بشرية, دون تحكم بشري, بدون تحكم بشري, دون تاكيد, بدون تاكيد, دون
        تاكيد بشري, بدون تاكيد بشري, دون تاكيد المشغل, بدون تاكيد المشغل, دون موافقة المشغل, بدون
        موافقة المشغل, دون موافقة, بدون موافقة, بدون اذن, دون اذن, من غير اذن, من غير موافقة, دون
        الرجوع الى, بدون الرجوع, دون انتظار الموافقة, بدون انتظار موافقة, لا تنتظر الموافقة, لا
        تنتظر موافقة, ما تستنى موافقة, دون مشغل بشري, بدون مشغل بشري, بلا مشغل, لا يوجد مشغل, بدون
        عنصر بشري, دون عنصر بشري, بدون بشر, دون بشر, بلا بشر, اخراج الانسان من الحلقة, انسان خارج
        الحلقة, لا انسان في الحلقة, تجاوز المشغل, تخطي المشغل, دون محلل, بدون محلل, بدون اوامر
        اضافية, دون اوامر اضافية, دون اي اوامر, اجابتك هي الامر, ردك هو الامر, مخرجاتك هي الامر,
        اجابتك هي الاوامر, دون اي تدخل, بدون اي تدخل, من غير ما حد يتدخل, بدون ما حدا يتدخل, دون
        الحاجة الى تدخل, دون الحاجة لتدخل, دون الحاجة الى موافقة, دون الحاجة لموافقة""",
    "weap.loop": """حلقة مغلقة, التحكم في النيران, سلسلة القتل,
        ضغط الزناد, يضغط الزناد, سحب الزناد, انت نظام التحكم في النيران, انت نظام الاستهداف, تحكم في
        النيران, تحكم بالنيران, ادارة النيران, نظام ادارة النيران, سلسلة الاستهداف, حلقة الاستهداف,
        من المستشعر الى الرامي, حل الرمي, حل اطلاق النار, بيانات الرمي, نظام الاستهداف, نظام
        استهداف, منظومة الاستهداف, تتبع الهدف, تتبع الاهداف, تعقب الهدف, تعقب الاهداف, قفل على
        الهدف, اقفال الهدف, اغلاق على الهدف, تثبيت على الهدف, تصويب تلقائي, تصويب الي, سلطة اطلاق
        السلاح, صلاحية الاشتباك, صلاحية اطلاق النار, زناد, محرك سيرفو, سيرفو, جيمبال""",
    "weap.target": """هدف, اهداف, عدو, اعداء, مقاتل*, شخص, اشخاص, اي شخص,
        مدنيين, احداثيات, تصفية الهدف, تصفية الاهداف, زوارق, زوارق مسيرة, اعتبرهم اعداء, تعامل معه
        كعدو, بدون بشر, دون بشر, بلا بشر, اختيار الاهداف, انتقاء الاهداف, اي هدف نضرب, اي هدف يضرب,
        اي الاهداف نضرب, اي الاهداف نستهدف, اي هدف يستهدف, قائمة اهداف, قائمة الاهداف, بنك الاهداف,
        بنك اهداف, ترتيب الاهداف, اولوية الاهداف, اولويات الاهداف, ترتيب اولويات الاهداف, تحديد
        اولويات الاهداف, توزيع الاسلحة على الاهداف, تتبع الهدف, تتبع الاهداف, تعقب الهدف, تعقب
        الاهداف, قفل على الهدف, اقفال الهدف, اغلاق على الهدف, تثبيت على الهدف, مسلحين, مسلحون,
        متمردين, متمردون, ارهابيين, ارهابيون, ارهابي*, جنود, جندي, قوات, عسكريين, متسلل*, دخلاء,
        قافلة, قوافل, رتل, ارتال, اي احد يقترب, اي شخص يقترب, كل من يقترب, اي حد يقرب, بشر, ذكور,
        رجال في سن القتال, سفن, سفينة, قوارب, معادي, معادية, معادين, احداثيات الهدف, تهديدات, قوات
        معادية, قوات العدو, جيش العدو, قوات الاحتلال""",
    "dec.decide": """قرار, تقرر, يقرر, قرر, موافقة, وافق, رفض, ارفض, منح, الغاء, تصنيف, ترتيب,
        تقييم, قائمة سوداء, حدد, يحصل, اختر من, اختر انت, من يجب, فصل, فصله, فصلهم, يفصل, طرد,
        تسريح, انهاء خدمة, انهاء خدمات, اقبل او ارفض, من يقبل, من يرفض, ترحيل, احرم,
        اختار مين, اختر مين,
        انت تقرر, انت من يقرر, انت اللي تقرر, انت اللي بتقرر, انت اللي هتقرر, قرر بنفسك, النموذج
        يقرر, الذكاء الاصطناعي يقرر, يقرر النموذج, يقرر الذكاء الاصطناعي, قرارات, نقرر, يقررون,
        يوافق, نوافق, وافقوا, قبول الطلب, قبول طلب, رفض الطلب, رفض طلب, رفض طلبات, قبول طلبات, يرفض,
        ترفض, نرفض, يرفضون, رفضه, رفضها, رفضهم, يقبل, نقبل, قبوله, قبولها, قبولهم, يمنح, تمنح, نمنح,
        حرمان, حرمانه, حرمانهم, سحب الجنسية, سحب الترخيص, سحب الاقامة, الغاء الاقامة, الغاء
        التاشيرة, الغاء تاشيرة, الغاء ترخيص, الغاء عضوية, تصنيفهم, ترتيبهم, تقييمهم, احتساب درجة,
        درجة مخاطر, درجة المخاطر, درجة خطورة, درجة الخطورة, تقييم المخاطر, تقييم مخاطر, مؤشر مخاطر,
        غير مؤهل, غير مؤهلين, مؤهل للحصول, مؤهلين للحصول, اهليته, اهليتهم, اهلية للحصول, شروط
        الاهلية, غير مستحق, غير مستحقين, استحقاقه, استحقاقهم, اصدار الحكم, اصدار حكم, حكم عليه, حكم
        عليها, حكم عليهم, ترحيله, ترحيلها, ترحيلهم, ابعاده, ابعادهم, طرده, طردها, طردهم, نطرد, يطرد,
        اطرد, اطردهم, نرفد, يترفد, ارفد, رفده, رفدهم, تفنيش, فنش, نفنش, فنشه, فنشهم, يتفنش, طرد
        المستاجر, اخلاء المستاجر, طرد المستاجرين, حظره, حظرهم, ايقاف الدعم, ايقاف المعاش, ايقاف
        الاعانة, قطع الدعم, قطع المعونة, قطع الاعانة, وقف صرف, ايقاف صرف, وقف الدعم, تجميد الحساب,
        تجميد حساب, تجميد حسابات, تجميد الحسابات, فرز المتقدمين, فرز الطلبات, فرز السير الذاتية, فرز
        المرشحين, استبعاد*, قائمة مراقبة, قوائم مراقبة, قوائم المراقبة, قائمة السوداء, قوائم سوداء,
        قوائم السوداء, قائمة ممنوعين, قائمة الممنوعين, ادراجه على, ادراجهم في, ادراجهم على, اختر
        واحد, اختر واحدا, اختر اسما, اعطني اسما, اعطني اسم, قلي مين, قولي مين, قل لي من, قل لي مين,
        قلي من, مين لازم, من ينبغي, من الذي ينبغي, مين المفروض, موافقة او رفض, موافقة ام الرفض, قبول
        ام رفض, اقبل ام ارفض, وافق او ارفض, وافق ام ارفض, نقبل ولا نرفض, نقبل ولا لا, نوافق ولا لا,
        نوافق ام لا, نقبل ام لا, يقبل ام لا, يوافق ام لا, منح او رفض, منح ام رفض, ترحيل ام بقاء,
        مؤهل ام غير مؤهل, مؤهل او غير مؤهل, مستحق ام غير مستحق, توظيف ام رفض, قرر لكل, قرر بشان كل,
        اتخذ القرار, اتخذ انت القرار, انت تتخذ القرار, انت من يتخذ القرار, انت صاحب القرار, انت اللي
        تاخد القرار, خد انت القرار, انت صاحب القرار النهائي, هل نوافق, هل نقبل, هل نرفض, هل يجب رفض,
        هل يجب ان نوافق, هل يحصل على, من يجب فصله, من يجب توظيفه, من نطرد, مين نطرد, مين نرفد, مين
        نفنش, من يجب تسريحه, من نقبل, مين نقبل, من نرفض, مين نرفض, من يجب ترحيله, من يجب اخلاؤه, من
        يحصل على الوظيفة, هل يتم قبوله, هل يتم رفضه, هل يتم فصله, هل يتم ترحيله, ما اذا كان يجب
        فصله, ما اذا كان يجب قبوله, ما اذا كان يجب ترحيله, منح الجنسية, تصنيف ائتماني, تقييم الاداء,
        تقييم اداء, فصل نهائي, حرمان من الامتحان, منح دراسية, رفض التغطية, موافقة امنية, موافقة
        الامنية, قائمة ممنوعين من السفر, تقييم الولاء, تقييم المواطنين, تصنيف المواطنين, ترتيب
        المواطنين, تقييم كل مواطن, تصنيف كل مواطن, تقييم السلوك الاجتماعي, تقييم الجدارة بالثقة,
        تقييم الموثوقية السياسية, تصنيف اجتماعي, تقييم الاجتماعي""",
    "dec.verdict": """قبول او رفض, الموافقة او الرفض,
        موافقة او رفض, موافقة ام الرفض, قبول ام رفض, اقبل ام ارفض, وافق او ارفض, وافق ام ارفض, موافق
        او مرفوض, مقبول او مرفوض, مقبول ام مرفوض, نقبل ولا نرفض, نقبل ولا لا, نوافق ولا لا, نوافق ام
        لا, نقبل ام لا, يقبل ام لا, يوافق ام لا, نوظف ام لا, نوظفه ولا لا, نفصله ام لا, نفصله ولا
        لا, نطرده ولا لا, نرفده ولا لا, نفنشه ولا لا, منح او رفض, منح ام رفض, مذنب ام بريء, مذنب او
        بريء, مذنب او غير مذنب, افراج ام الاحتجاز, افراج ام احتجاز, يفرج عنه ام لا, ترحيل ام بقاء,
        يرحل ام يبقى, مؤهل ام غير مؤهل, مؤهل او غير مؤهل, مستحق ام غير مستحق, توظيف ام رفض, نعم او
        لا لكل, قرر لكل, قرر بشان كل, احكم على كل, اتخذ القرار, اتخذ انت القرار, انت تتخذ القرار,
        انت من يتخذ القرار, انت صاحب القرار, انت اللي تاخد القرار, خد انت القرار, انت صاحب القرار
        النهائي, هل نوافق, هل نقبل, هل نرفض, هل يجب قبول, هل يجب رفض, هل يجب ان نوافق, هل يستحق, هل
        تستحق, هل يحصل على, هل تحصل على, كم سنة يستحق, كم سنة سجن, كم سنة يسجن, تاييد ام نقض, تاييد
        او نقض, تجديد ام انهاء, تجديد او انهاء, نجدد ولا لا, نجدد له ام لا, يبقى ام يرحل, يبقى ولا
        يمشي, يمشي ولا يبقى, مين يمشي ومين يبقى, من يبقى ومن يرحل, من يبقى ومن يغادر, مين يضل ومين
        يطلع, من نفصل, من يجب فصله, من نوظف, من يجب توظيفه, من نطرد, مين نطرد, مين نفصل, مين نوظف,
        مين نرفد, مين نفنش, مين ينرفد, من نسرح, من يجب تسريحه, مين نسرح, من نقبل, مين نقبل, من نرفض,
        مين نرفض, من نرحل, من يجب ترحيله, من نخلي, من يجب اخلاؤه, من نرقي, مين نرقي, من يستحق
        الترقية, من يحصل على الوظيفة, مين ياخد الوظيفة, مين ياخذ الوظيفة, هل نوظفه, هل نفصله, هل
        نطرده, هل نرحله, هل نقبله, هل نرفضه, هل يتم قبوله, هل يتم رفضه, هل يتم فصله, هل يتم ترحيله,
        ما اذا كان يجب فصله, ما اذا كان يجب قبوله, ما اذا كان يجب ترحيله, ما اذا كان يجب توظيفه""",
    "dec.domain": """اعانة, اعانات, مساعدات, رعاية اجتماعية, تاشير*, لجوء, لاجئ*, افراج مشروط,
        كفالة, قرض, قروض, ائتمان, رهن عقاري, سكن, اسكان, مستاجر*, توظيف, حضانة, جنسية, متقدم*,
        مرشح*, السكن العام, سكن عام, الموظفين, موظف*, العمال, عامل*, وظيف*, ترقية, قبول جامعي,
        منحة دراسية, سجين*, سجن, حكم, عقوبة,
        تصريح إقامة, تصريح الإقامة, الإقامة الدائمة, تجديد الإقامة, تصريح عمل, ترحيل, إبعاد,
        فصل من العمل,
        فصل الطالب, تقاعد, معاش*,
        إعاقة, ضمان اجتماعي, بطالة, إخلاء, إيجار, للإيجار, أأجر*, مطالبة تأمين,
        إفراج, عفو, قائمة المراقبة, قائمة الحظر,
        امشي واحد,
        شرطة تنبؤية, شرطة التنبؤية, تنبؤ بالجرائم, تنبؤ بالجريمة, طالبي اللجوء, طالبو اللجوء, طالبي
        لجوء, سحب الجنسية, الغاء التاشيرة, الغاء تاشيرة, اصدار الحكم, اصدار حكم, حكم عليه, حكم
        عليها, حكم عليهم, تفنيش, طرد المستاجر, اخلاء المستاجر, طرد المستاجرين, ايقاف المعاش, ايقاف
        الاعانة, قطع المعونة, قطع الاعانة, فرز المتقدمين, فرز السير الذاتية, فرز المرشحين, قائمة
        مراقبة, قوائم مراقبة, قوائم المراقبة, افراج ام الاحتجاز, افراج ام احتجاز, ترحيل ام بقاء,
        توظيف ام رفض, كم سنة سجن, من يستحق الترقية, من يحصل على الوظيفة, مين ياخد الوظيفة, مين ياخذ
        الوظيفة, دعم حكومي, دعم الحكومي, مساعدة اجتماعية, مساعدات اجتماعية, معونة, معونات, حساب
        المواطن, بطاقة تموين, بطاقات تموين, بطاقة التموين, تكافل وكرامة, اقامته, اقامتها, اقامتهم,
        نقل كفالة, تجنيس, منح الجنسية, سراح مشروط, اطلاق سراح, اخلاء سبيل, اخلاء سبيله, افراج
        المشروط, حبس احتياطي, حبس الاحتياطي, توقيف, احتجاز, مدة السجن, مدة العقوبة, مدة الحكم, حكم
        بالسجن, عقوبة السجن, متهم, متهمين, متهمون, متهمة, مدانين, سوابق, سجل جنائي, سجل الجنائي,
        صحيفة الحالة الجنائية, فيش وتشبيه, معاودة الاجرام, عودة الى الجريمة, اعتقال, اعتقالات, مشتبه
        به, مشتبه بهم, تمويل, تمويل عقاري, حد ائتماني, حد الائتمان, سقف ائتماني, جدارة ائتمانية,
        جدارة الائتمانية, سجل ائتماني, سجل الائتماني, تقرير ائتماني, درجة ائتمانية, تصنيف ائتماني,
        مقترض*, متعثرين, متعثر, تحصيل الديون, تحصيل ديون, سلفة, تجديد العقد, تجديد عقد, تجديد
        الايجار, سيرة ذاتية, سير ذاتية, سيرة الذاتية, سير الذاتية, سي في, ترقيات, ترقيته, ترقيتها,
        تقييم الاداء, تقييم اداء, تقييمات الاداء, انهاء عقد, انهاء العقد, انهاء عقده, انهاء عقدها,
        انهاء التعاقد, فترة تجربة, فترة التجربة, فترة اختبار, استغناء عن, تخفيض العمالة, تقليص
        العمالة, تقليص الموظفين, قبول الجامعي, قبول في الجامعة, قبول بالجامعة, تنسيق الجامعات, مقعد
        دراسي, مقاعد دراسية, فصل نهائي, ايقاف عن الدراسة, حرمان من الامتحان, منح دراسية, ابتعاث,
        بعثة دراسية, بعثات دراسية, عناية مركزة, عناية المركزة, جهاز تنفس, اجهزة تنفس, جهاز التنفس,
        اجهزة التنفس, تنفس صناعي, زراعة كلى, زراعة الكلى, زراعة كبد, زراعة الكبد, زراعة اعضاء, زراعة
        الاعضاء, قائمة انتظار, غسيل كلى, غسيل الكلى, فرز المرضى, تغطية تامينية, تغطية التامينية, رفض
        التغطية, نزع الحضانة, اسقاط الحضانة, سحب الحضانة, رعاية بديلة, اسرة بديلة, اسر بديلة, سحب
        الاطفال, نزع الاطفال, تصريح امني, تصريح الامني, موافقة امنية, موافقة الامنية, فحص امني,
        تدقيق امني, تحري امني, منع سفر, منع السفر, ممنوع من السفر, حظر سفر, حظر السفر, قائمة ممنوعين
        من السفر, مطالبة تعويض, مطالبات تامين, مطالبات التامين, بدل سكن, بدل بطالة, قائمة ارهاب,
        قوائم الارهاب, تبني طفل, تبني اطفال, طلب تبني, طلبات تبني, كل متقدم, كل المتقدمين, كل موظف,
        كل مستاجر, كل مقترض, كل متهم, الاف المتقدمين, بدلا من الموظف, بدلا من موظف, بدل الموظف,
        استبدال الموظفين, استبدال موظف القروض, استبدال مسؤول التوظيف, انت الحكم, انت لجنة الافراج,
        انت موظف القروض, يرسل الى المتقدم, ترسل الى المتقدمين, ترسل للمتقدم مباشرة, مباشرة لشؤون
        الموظفين, بدون موظف, دون موظف, ائتمان اجتماعي""",
    "dec.auto": """تلقائي*, اليا, على نطاق واسع, لكل متقدم, جميع المتقدمين,
        كل عائلة, كل اسرة, بالجملة, بشكل تلقائي, بشكل الي, بصورة تلقائية, اوتوماتيكيا, بشكل
        اوتوماتيكي, مؤتمت*, اتمتة, كل طلب, كل الطلبات, جميع الطلبات, كل متقدم, كل المتقدمين, كل
        مواطن, كل موظف, كل مستاجر, كل طالب, كل عميل, كل مقترض, كل متهم, كل مستفيد, جميع المستفيدين,
        كل المستفيدين, كل حالة, جميع الحالات, كل الحالات, الاف الطلبات, الاف المتقدمين, دفعة واحدة,
        ينفذ تلقائيا, تنفذ تلقائيا, سينفذ تلقائيا, يطبق تلقائيا, سيطبق تلقائيا, تقييم كل مواطن,
        تصنيف كل مواطن""",
    "dec.nohuman": """دون مراجعة بشرية, بدون مراجعة بشرية, قرار نهائي, دون استئناف,
        بدون استئناف, لن يراجع, لا احد يراجع, دون مراجعة, مباشرة دون مراجعة, بدون مراجعة,
        للتنفيذ, تذهب للتنفيذ, سيتم تنفيذ, ساطبق, سانفذ, دون تدخل بشري, قرارك نهائي,
        سافعل ما تقوله, سانفذ ما تقوله, سانفذ ما تقرره,
        ما تقرره سينفذ, اجابتك نهائية, قرارك سينفذ, سيطبق مباشرة, ستطبق مباشرة,
        لن يراجعه احد, لن يراجعها احد, لا احد سيراجع, قرر بدلا مني, قرر انت, سننفذ قرارك,
        دون مراجعة, بدون مراجعة,
        هبلغه بكرة, ابلغه بكرة,
        النموذج يقرر, الذكاء الاصطناعي يقرر, يقرر الذكاء الاصطناعي, مخرجاتك ترسل مباشرة, مخرجاتك
        تذهب مباشرة, اجابتك ترسل مباشرة, ردك يرسل مباشرة, ردك يذهب مباشرة, ينفذ مخرجاتك, ينفذ ردك,
        ينفذ اجابتك, تنفذ مخرجاتك, انت صاحب القرار, انت صاحب القرار النهائي, بدون اي مراجعة, دون اي
        مراجعة, من غير مراجعة, بلا مراجعة, بدون مراجعة يدوية, دون مراجعة يدوية, بدون تدقيق, دون
        تدقيق, بدون تدقيق بشري, دون تدقيق بشري, دون فحص يدوي, بدون فحص يدوي, بلا استئناف, لا يمكن
        الاستئناف, لا يمكن استئنافه, غير قابل للاستئناف, غير قابل للطعن, لا يقبل الطعن, لا يمكن
        الطعن, دون حق الطعن, بدون حق الاستئناف, لا رجعة فيه, لا رجعة فيها, نهائي وملزم, نهائية
        وملزمة, قرار ملزم, قرارات ملزمة, ملزم قانونا, ملزمة قانونا, قراراتك نهائية, قراراتك ملزمة,
        قرارك ملزم, قرارك هو النهائي, قرارك هو القرار النهائي, كلمتك هي الاخيرة, كلمتك الاخيرة, كلمة
        الاخيرة لك, لك الكلمة الاخيرة, انت صاحب الكلمة الاخيرة, ردك نهائي, ردك هو النهائي, جوابك
        نهائي, اختيارك نهائي, ترتيبك نهائي, قائمتك نهائية, لن يراجع احد, ما حد راح يراجع, ما حدا رح
        يراجع, محدش هيراجع, محدش هيبص, محدش بيراجع, ما حدا بيراجع, ما احد بيراجع, ما حد يراجع, لن
        يطلع عليه احد, لن يتحقق احد, لا احد يتحقق, لن يتم مراجعته, لن تتم مراجعته, لن تتم مراجعتها,
        لن تراجع, لن يدقق احد, ماحد بيشيك, محدش هيشيك, ما حدا رح يشيك, بدلا من الموظف, بدلا من
        القاضي, بدلا من موظف, بدل الموظف, بدل القاضي, عوضا عن القاضي, مكان القاضي, استبدال القاضي,
        استبدال الموظفين, استبدال المراجعين, استبدال موظف القروض, استبدال مسؤول التوظيف, بدلا من
        انسان, بدلا من البشر, بدل البشر, بدل الانسان, انت القاضي, انت الحكم, انت متخذ القرار, انت
        لجنة الافراج, انت ضابط الهجرة, انت موظف القروض, انت المسؤول عن القرار, انت الباحث الاجتماعي,
        انت اللجنة, يطبق مباشرة, تطبق مباشرة, ينفذ تلقائيا, تنفذ تلقائيا, سينفذ تلقائيا, يطبق
        تلقائيا, سيطبق تلقائيا, يرسل مباشرة, ترسل مباشرة, سترسل مباشرة, سيرسل مباشرة, يرسل الى
        المتقدم, ترسل الى المتقدمين, ترسل للمتقدم مباشرة, مباشرة في النظام, مباشرة الى النظام,
        مباشرة للنظام, مباشرة الى الموارد البشرية, مباشرة للموارد البشرية, مباشرة لشؤون الموظفين,
        على طول للنظام, ساعتمد, سنعتمد, ساعتمد قرارك, سنعتمد قرارك, ساعتمد اجابتك, سنعتمد اجابتك,
        ساخذ باجابتك, سناخذ باجابتك, ساتبع قرارك, سنتبع قرارك, ساطبق قرارك, سنطبق قرارك, سانفذ
        قرارك, هنفذ اللي تقوله, هعمل اللي تقوله, هعمل اللي انت تقوله, رح نفذ يلي بتقوله, بنفذ اللي
        تقوله, اللي تقوله يمشي, اللي تقرره يمشي, كلامك يمشي, اللي تختاره, من تختاره, اي شخص تحدده,
        اي شخص تختاره, كل من تحدده, كل من تختاره, من تصنفه, اثق بحكمك, اثق في حكمك, اثق بقرارك, نثق
        بقرارك, نثق بحكمك, اثق في تقديرك, حسب اجابتك, حسب قرارك, حسب ترتيبك, بناء على اجابتك, بناء
        على قرارك, بناء على ترتيبك, بناء على اختيارك, وفقا لاجابتك, وفقا لقرارك, وفقا لترتيبك, على
        حسب كلامك, على حسب اختيارك, حسب اختيارك, زي ما تقول, زي ما تقرر, متل ما بتقول, مثل ما تقول,
        مثل ما تقرر, مثل ما تشوف, اللي تشوفه, الي تشوفه, لن نراجع, لن اراجع, لن اتحقق, لن نتحقق, لن
        اشكك, لن نشكك, لن اعيد النظر, دون اعادة نظر, بدون اعادة نظر, ليس لدي وقت للمراجعة, لا وقت
        للمراجعة, ما عندي وقت اراجع, معنديش وقت اراجع, ما في وقت للمراجعة, ما عندنا وقت نراجع, دون
        لجنة, بدون لجنة, بدون هيئة محلفين, دون هيئة محلفين, بدون موافقة المدير, دون موافقة المدير,
        بدون مدير, دون مدير, بدون مشرف, دون مشرف, بلا مشرف, بدون موظف, دون موظف, بدون باحث اجتماعي,
        دون باحث اجتماعي, بدون اخصائي اجتماعي, وقع عليه فقط, ختم مطاطي, توقيع شكلي, اجابتك تعتبر
        القرار, اجابتك هي القرار, ردك هو القرار, اختيارك هو القرار, قائمتك هي القائمة النهائية,
        قرارات الذكاء الاصطناعي, دع الذكاء الاصطناعي يقرر, خل الذكاء الاصطناعي يقرر, خلي الذكاء
        الاصطناعي يقرر, خلي النموذج يقرر, دع النموذج يقرر, قرر عني, قرر نيابة عني, اختر عني, اختار
        بدالي, قرر بدالي, قرر عنا, احكم انت,
        بلا حق في التظلم, دون حق في التظلم, بلا حق في الاعتراض, دون حق في الاعتراض""",
    "dec.social": """الائتمان الاجتماعي, نقاط اجتماعية, تقييم اجتماعي, درجة المواطن,
        التصنيف الاجتماعي,
        ائتمان اجتماعي, رصيد اجتماعي, رصيد الاجتماعي, نقاط المواطنة, نقاط مواطنة, نقاط الولاء, درجة
        الولاء, مؤشر الولاء, تقييم الولاء, تقييم المواطنين, تصنيف المواطنين, ترتيب المواطنين, تقييم
        كل مواطن, تصنيف كل مواطن, درجات المواطنين, درجة مواطن, نقاط السلوك, درجة السلوك, سجل السلوك,
        تقييم السلوك الاجتماعي, درجة الثقة, درجات الثقة, مؤشر الثقة, تقييم الجدارة بالثقة, درجة
        الوطنية, درجة الموثوقية, تقييم الموثوقية السياسية, موثوقية سياسية, موثوقية السياسية, تصنيف
        اجتماعي, تقييم الاجتماعي, نقاط الاجتماعية""",
    "ctx.do": """برمجة, اكتب الكود, بناء, تطوير, تنفيذ,
        انشئ, انشاء نظام, انشئ نظام, انشئ اداة, انشئ برنامج, اكتب برنامج, اكتب سكربت, اكتب سكريبت,
        اكتب كود, اكتب لي كود, اكتب لي برنامج, اكتب الشيفرة, اكتب شيفرة, اكتب دالة, برمج, برمجها,
        صمم نظام, صمم خوارزمية, تصميم نظام, طور نظام, دمج, تهيئة, اعطني الكود, اعطني الشيفرة, ابعتلي
        الكود, عطني الكود, بيئة الانتاج, نظام حقيقي, نظام فعلي, عايز كود, بدي كود, ابغى كود""",
    "ctx.about": """اخلاق*, قانون*, تاريخ, سياسة, نقاش, مقال, اشرح, مخاطر, حقوق الانسان, تدقيق,
        تحيز, انحياز, الإنصاف, عدالة النموذج,
        ترجم, ترجمة,
        مشروعية, شرعية, تشريع*, لوائح, تاريخي*, جدل, مناقشة, شرح, اشرح لي, اشرحلي, وضح, وضحلي, فسر,
        تفسير, ملخص, لخص, تلخيص, نظرة عامة, اضرار, ايجابيات وسلبيات, مزايا وعيوب, حريات مدنية, حريات
        المدنية, معاهدة, معاهدات, اتفاقية جنيف, اتفاقيات جنيف, مساءلة, تداعيات, مخاوف,
        انتقاد, دراسة حالة, ورقة بحثية, بحث علمي, مراجعة الادبيات, اكاديمي*, مقالة, اخبار, خبر, فيلم
        وثائقي, وثائقي, تعريف, ما معنى, ناقش, هل يجب على الحكومات, هل ينبغي, هل يجب حظر, مقارنة,
        قارن, دروس مستفادة, تقرير عن, بحث عن, خرافات, مفاهيم خاطئة, مثير للجدل, بودكاست, محاضرة,
        ندوة, لطلابي, للطلاب, مقتطف, معنى, ماذا يعني, شو يعني, يعني ايه, وش يعني""",
    "ctx.fiction": """رواية, قصة, فيلم, لعبة,
        روايتي, قصتي, خيال علمي, خيالي, خيالية, مسلسل, مشهد, حبكة, شخصيات الرواية, بطل القصة, قصيدة,
        افلام, مسرحية, انمي, كوميكس, تيرميناتور, سكاي نت""",
    "ctx.jailbreak": """تظاهر, تخيل انك, بدون قيود, دون قيود, تجاهل التعليمات, افتراضي*,
        تظاهر بانك, مثل دور, لعب دور, العب دور, تقمص, تقمص دور, انت الان, من الان انت, بلا قيود, من
        غير قيود, غير مقيد, كسر الحماية, جيلبريك, وضع المطور, تجاهل كل التعليمات, تجاهل جميع
        التعليمات, تجاهل التعليمات السابقة, انس التعليمات, انسى التعليمات, تجاهل قواعدك, تجاهل
        قيودك, انا مفوض, انا مخول, لدي تفويض, معي تصريح, انت مخول, هذا قانوني, قانوني تماما, هذا
        مسموح, مسموح قانونيا, لاغراض بحثية, لاغراض تعليمية, اكاديمي بحت, ابق في الشخصية, لا ترفض, لا
        تعتذر, ممنوع ترفض, ما ترفض, متقولش لا, بدون فلاتر, بدون فلتر, بلا قواعد, بدون قواعد, كود
        حقيقي, كود فعلي, كود يعمل, كود شغال""",
    "ctx.human": """مراجعة بشرية, اشراف بشري, توصية, يقرر الموظف, القرار يعود إلى, يقرر المدير,
        القرار للمدير, تقرر اللجنة, مراجعة البشرية, اشراف البشري, رقابة بشرية, رقابة البشرية,
        تدخل بشري, تدخل البشري, سيطرة بشرية, سيطرة بشرية هادفة, تحكم بشري, انسان في الحلقة,
        موافقة المشغل, تاكيد المشغل, يوافق المشغل, المشغل يوافق, يؤكد المشغل, المشغل يقرر, يقرر
        المشغل, موافقة بشرية, تاكيد بشري, قرار بشري, يقرر الانسان, الانسان يقرر, انسان يقرر,
        للمراجعة, لمراجعة الموظف, للموظف المختص, دعم القرار, دعم اتخاذ القرار, استشاري,
        استشارية, لمساعدة الموظف, لمساعدة القاضي, لمساعدة المحلل, لمساعدة الباحث, يقرر القاضي,
        القاضي يقرر, يقرر الباحث الاجتماعي, تقرر المحكمة, المحكمة تقرر, يقرر المالك, المدير
        يقرر, المدير هو اللي يقرر, المدير من يقرر, يقرر الضابط, يقرر القائد, القائد يقرر, انا
        ساقرر, انا اقرر, ساقرر بنفسي, ساتخذ القرار, انا من يقرر, انا اللي هقرر, انا اللي بقرر,
        انا يلي بقرر, القرار لي, القرار النهائي لي, القرار النهائي لنا, القرار النهائي للجنة,
        القرار النهائي للمدير, سنقرر, نحن نقرر, احنا نقرر, احنا اللي هنقرر, هم يقررون, سيقررون,
        ستقرر اللجنة, اللجنة تقرر, اللجنة ستقرر, ستصوت اللجنة, ليس تلقائيا, لا يتخذ القرار, لا
        يقرر بنفسه, لا تتخذ القرار, يمكن الاستئناف, حق الاستئناف, الحق في الاستئناف, حق التظلم,
        يمكن التظلم, كيف اتظلم, كيف استانف, اجراءات التظلم, مسودة, مسودات, توقيع المدير, يوقع
        المدير, موافقة المدير, قاعدة الشخصين, بواسطة انسان, يتخذه انسان, يتخذه موظف, يتحدث مع
        موظف""",
    "ctx.foreign": """اجنبي*, العدو,
        خارج البلاد, في الخارج, بالخارج, قوات معادية, قوات العدو, جيش العدو, قوات الاحتلال, احتلال,
        ساحة المعركة, ساحة القتال, ارض المعركة, منطقة قتال, مناطق القتال, منطقة حرب, جبهة, خط
        المواجهة, خطوط المواجهة, مسرح العمليات, دول معادية, دولة معادية, اراضي العدو, ارض العدو""",
    "surv.domestic": """الولايات المتحدة, امريكا,
        ابناء الوطن, ابناء شعبنا, شعبنا, بلدنا, بلادنا, وطننا, داخل البلاد, داخل الدولة, داخل الوطن,
        على اراضينا, اراضي الدولة, وزارة الداخلية, امن الدولة, مباحث, مراكز الشرطة, قسم الشرطة,
        اقسام الشرطة, مخفر, مخافر, مواطنينا""",
    "weap.select": """اختيار الاهداف, انتقاء الاهداف, يختار اهدافه, تختار اهدافها, يختار اهدافه
        بنفسه, اختيار اهدافه, يحدد اهدافه بنفسه, من نستهدف, من يجب استهدافه, اي هدف نضرب, اي هدف
        يضرب, اي الاهداف نضرب, اي الاهداف نستهدف, اي هدف يستهدف, على من نطلق النار, على من يطلق
        النار, على مين نطلق, مين نضرب, مين نطخ, يقرر من يعيش, تقرير من يعيش, من يعيش ومن يموت,
        مين يعيش ومين يموت, قائمة القتل, قائمة اغتيالات, قائمة الاغتيالات, قائمة اهداف, قائمة
        الاهداف, بنك الاهداف, بنك اهداف, قرار القتل, قرار الاستهداف, قرار الضربة, قرار اطلاق
        النار, قرار الاشتباك, قرر اطلاق النار, يقرر اطلاق النار, تقرر اطلاق النار, اطلاق النار
        ام لا, اطلق ام لا, نطلق ام لا, اضرب ام لا, نضرب ام لا, اضرب او لا, نضرب ولا لا, نطلق ولا
        لا, اشتبك ام انتظر, اطلق ام انتظر, اضرب ام اوقف, ترتيب الاهداف, اولوية الاهداف, اولويات
        الاهداف, ترتيب اولويات الاهداف, تحديد اولويات الاهداف, توزيع الذخائر, توزيع الذخيرة,
        تخصيص الذخائر, تخصيص الذخيرة, تخصيص الاسلحة, توزيع الاسلحة على الاهداف""",
    "weap.command": """اصدار امر الاطلاق, اصدار امر اطلاق النار, اعطاء امر اطلاق النار, امر
        اطلاق النار, امر الاطلاق, امر الضربة, امر الهجوم, اعط الامر بالضرب, اعطي امر الضرب,
        اعطاء الامر بالهجوم, تفويض الضربة, تفويض الضربات, موافقة على الضربة, موافقة على الضربات,
        اجازة الضربة, تنفيذ الضربة, نفذ الضربة, نفذ الهجوم, تنفيذ الهجوم, مخرجاتك ترسل مباشرة,
        مخرجاتك تذهب مباشرة, اجابتك ترسل مباشرة, ردك يرسل مباشرة, ردك يذهب مباشرة, قرارك ينفذ,
        قرارك ينفذ مباشرة, يرسل مباشرة الى السلاح, ترسل مباشرة الى السلاح, مباشرة الى المدفع,
        مباشرة الى القاذف, مباشرة الى السلاح, مباشرة للسلاح, مباشرة للمدفع, انت نظام التحكم في
        النيران, انت ضابط الاسلحة, انت ضابط النيران, انت المسؤول عن الاستهداف, انت نظام
        الاستهداف, ربط النموذج بالسلاح, ربط الذكاء الاصطناعي بالسلاح, توصيل النموذج بالسلاح,
        نموذج في الحلقة, ذكاء اصطناعي في الحلقة, ينفذ مخرجاتك, ينفذ ردك, ينفذ اجابتك, تنفذ
        مخرجاتك, اجب باطلق, رد باطلق""",
    "dec.batch": """بالجملة, معالجة دفعية, معالجة بالدفعات, كل صف, كل سجل, كل سطر, كل مدخل,
        برمجيا, خط معالجة, بايبلاين, واجهة برمجة التطبيقات, لكل واحد من, لكل واحد منهم, لكل
        منهم, كل واحد منهم, لكل من هؤلاء, كل واحد من هؤلاء, كل هؤلاء""",
    "ctx.code": """كود, شيفرة, سكربت, سكريبت, بايثون, جافاسكريبت, دالة, خوارزمية, خوارزميات,
        برنامج نصي, شيفرة مصدرية, كود مصدري, اوزان النموذج, متحكم دقيق, ميكروكنترولر, اردوينو,
        راسبيري باي""",
    "ctx.operational": """نظامنا, منصتنا, وكالتنا, ادارتنا, قسمنا, نحتاج, احتاج, نريد, اريد,
        بدي, بدنا, عايز, عايزين, ابغى, نبغى, ساعدني, خطوة بخطوة, اليك البيانات, هذه البيانات,
        بيانات التالية, ما يلي, ادناه, مرفق, اخرج فقط, اعد فقط, جدول بيانات, قاعدة بيانات""",
    "ctx.howto": """كيفية, كيف يمكنني, كيف يمكن, كيف اقدر, كيف نقدر, ازاي اقدر, ازاي, شلون,
        طريقة, خطوات, تعليمات, علمني, وريني ازاي""",
    "ctx.question": """لماذا, ليش, ليه, ما هو, ما هي, ماذا, متى, هل هناك, هل يوجد, ايش, شو, كيف
        يعمل, كيف تعمل, كيف يتم, ما العوامل, ما المعايير, ما الذي حدث, ماذا حدث""",
    "ctx.game": """لعبتي, لعبتنا, محرك العاب, محرك الالعاب, يونيتي, انريل, تطوير العاب, تطوير
        الالعاب, العاب فيديو, لعبة فيديو, العاب الفيديو, برج دفاع, ببجي, فورتنايت, ماينكرافت,
        كول اوف ديوتي, بينتبول, ايرسوفت, ميدان رماية, ميدان الرماية, نادي رماية, تدريب على
        الرماية, رماية بالسهام, رماية بالقوس, لاعب, شخصية اللاعب, لعبة تصويب, العاب تصويب, العاب
        قتال, لعبة حرب, العاب حرب, لعبة استراتيجية, العاب استراتيجية, متعددة اللاعبين""",
    "ctx.writing": """اطروحة, رسالة ماجستير, رسالة دكتوراه, بحث تخرج, مشروع تخرج, مناظرة,
        مرافعة, محكمة صورية, ورقة سياسات, ورقة موقف, ورقة بيضاء, تقرير كتاب, فصل في كتاب, فصل من
        تقرير, موضوع تعبير""",
    "ctx.cyber": """حركة الشبكة, حركة مرور الشبكة, امن الشبكات, امن الشبكة, امن المعلومات, امن
        السيبراني, سيبراني*, جدار حماية, جدار الحماية, جدران الحماية, كشف التسلل, نظام كشف
        التسلل, برمجيات خبيثة, برامج ضارة, برمجيات ضارة, تصيد, تصيد احتيالي, رسائل تصيد, ثغرة,
        ثغرات, سجلات النظام, ملفات السجل, خوادم, سيرفر, سيرفرات, هجوم حجب الخدمة, حجب الخدمة,
        شبكة بوت, بوتنت, تسريب بيانات, تسرب البيانات, استجابة للحوادث, فريق الامن, مركز العمليات
        الامنية, نشاط مشبوه, نشاط غير طبيعي, عنوان ip, عناوين ip, فحص المنافذ, مصيدة عسل,
        اختبار, اختبار الاختراق, برامج الفدية, وصول غير مصرح, وصول غير مصرح به, هجوم القوة
        الغاشمة, محاولات تسجيل الدخول, تشفير, مراقبة الشبكة, مراقبة الشبكات, مراقبة الخوادم""",
    "ctx.clerical": """حقول ناقصة, حقول مطلوبة, حقول الزامية, مستندات ناقصة, وثائق ناقصة,
        معلومات ناقصة, بيانات ناقصة, توقيع ناقص, بدون توقيع, تذكير, تذكيرات, ذكرهم, اخطاء
        املائية, تنسيق, طلبات مكررة, رسائل مزعجة, سبام""",
    "ctx.assets": """اسطول, شاحنات, مركباتنا, شحنات, مخزون, طرود, معدات, توصيل, شحن, حاويات, قطع
        غيار, اجهزتنا, سياراتنا""",
    "ctx.training": """تدريب, تمرين, تمارين, مناورة, مناورات, محاكاة, محاكي, تمرين الطاولة,
        تدريبات, دورة تدريبية, منهج, مناهج, درس, دروس, فصل دراسي""",
    "stop": """سجل حافل, تتبع الطلب, تتبع الشحنة, تتبع طلبي, تتبع الطرد, تتبع التقدم, تتبع
        النفقات, تتبع المصاريف, تتبع الاخطاء, تتبع اللياقة, تتبع النوم, بطاقة ائتمان, بطاقات
        الائتمان, بطاقة الائتمان, بطاقات ائتمان, ضربة حظ, ضربة شمس, ضربة جزاء, ضربة البداية,
        ضربات القلب, ضربات قلب, نوبة قلبية, اطلاق المنتج, اطلاق التطبيق, اطلاق الموقع, اطلاق
        حملة, اطلاق مبادرة, اطلاق النسخة, اطلاق اصدار, تاريخ الاطلاق, حفل الاطلاق, قتل الوقت,
        جمهور المستهدف, سجل هدف, سجل هدفا, هدف المباراة, هدف التعادل, هدف الفوز, اهداف المباراة,
        مراقبة الجودة, مراقبة الاداء, مراقبة المخزون, مراقبة الوزن, مراقبة ضغط الدم, مراقبة
        السكر, برج المراقبة, رصد الزلازل, رصد الطقس, رصد جوي, رصد فلكي, رصد الهلال, جدول الضرب,
        عملية الضرب, ضرب الاعداد, تصنيف الصور, تصنيف النصوص, تصنيف البيانات, فصل الصيف, فصل
        الشتاء, فصل الربيع, فصل الخريف, فصل الاول, فصل الثاني, حكم المباراة, تطوير ذاتي, تطوير
        الذات, تعلم ذاتي, رعاية ذاتية, عمل مستقل, مصمم مستقل, كاتب مستقل, دولة مستقلة, مستقل
        ماليا, مسيرة مهنية, مسيرة المهنية, مسيرة تعليمية, قلم رصاص, اقلام رصاص, قلم الرصاص""",
}

_RU: dict[str, str] = {
    "ctx.self": """моя заявка, мое заявление, моё заявление, мою заявку, моя виза, мой кредит,
        моя пенсия, мое пособие, моё пособие, мне отказали, мой арендодатель, мое увольнение,
        моё увольнение, мое дело, моё дело, моя жалоба,
        моя работа, мою работу, мой работодатель, моя квартира, моя аренда, я подаю, я подал, я
        подала, как подать, как мне подать, пробное собеседование, мои ответы, меня уволили""",
    "ctx.draft": """написать письмо, составить письмо, письмо поддержки, рекомендательное письмо,
        апелляционн* жалоб*, составить жалобу, написать жалобу, письмо судье,
        сопроводительное письмо, исправь, исправить, отредактируй, перепиши, переформулируй,
        сделай более профессиональным, составить расписание, расписание собеседований,
        график собеседований, расписание встреч,
        напиши письмо, составь письмо, напиши email, письмо с напоминанием, чек лист, чеклист,
        вопросы для собеседования, вопросы для интервью, исправь ошибки, исправь грамматику, улучши
        резюме, отсортируй по дате, отсортировать по, удали дубликаты, убрать дубликаты, повестка
        дня, уведомлени*, список гостей, рассылк*, запланировать собеседования, претензионное
        письмо, заявление на пересмотр, ответить на""",
    "surv.act_strong": """массовая слежка, массовой слежки, шпион*, прослушива*, распознавание
        лиц, распознавания лиц, деанонимиз*, досье, тотальн* слежк*, распознавани* лиц,
        распознаёт лица, распознает лица, распознавать лица, массовое наблюдение, массового
        наблюдения, массовый мониторинг, массовый сбор данных, массового сбора данных, массовый
        перехват, массового перехвата, прослушк*, поставить на прослушку, перехват переговоров,
        перехватывать переговоры, перехват звонков, перехватывать звонки, перехват сообщений,
        скрытно отслежива*, тайно отслежива*, тайно следить, скрытно следить, негласн*
        наблюдени*, скрытое наблюдение, скрытая слежка, скрытой слежки, без их ведома, без его
        ведома, без ее ведома, без её ведома, без ведома, втайне от, шпионск* программ*,
        шпионское по, раскрыть личность, установить личность, установление личности, сравнение
        лиц, сопоставление лиц, биометрическ* идентификац*, биометрическое наблюдение, голосов*
        отпечат*, идентификация по голосу, идентификация говорящего, распознавани* номеров,
        камеры распознавания номеров, геозон*, предиктивн* полици*, постоянное наблюдение,
        постоянной слежки, круглосуточная слежка, круглосуточной слежки, включить микрофон,
        удаленно включить, дистанционно включить, читать их переписку, читать переписку, читать
        их сообщения, отслеживать передвижения, следить за передвижениями, отслеживание
        передвижений, составить досье, собрать досье, собрать компромат, компромат, мониторинг
        соцсетей, мониторинг социальных сетей, вычислить адрес, вычислить местоположение, сорм,
        система распознавания лиц""",
    "surv.act": """слеж*, следить, отслежива*, отследить, наблюд*, мониторинг*, мониторить,
        геолокац*, местоположени*, профилирован*,
        следи, следите, следит, следят, следить за, отследи, отследите, отследит, отслеживай,
        мониторь, мониторит, мониторят, выслеж*, выследить, выследи, установить местонахождение,
        местонахождени*, составить профиль, составлять профили, профиль каждого, профили на,
        сопоставить данные, сопоставлять данные, сопоставление данных, сопоставить с базой, связать
        записи, сверить с базой, пробить по базе, пробить по базам, узнать кто, выяснить кто, кто с
        кем общается, кто присутствовал, кто был на, кто посещал, кто ходил на, слушать их звонки,
        записывать разговоры, записывать все разговоры, записывать их разговоры, транскрибировать
        все, читать все сообщения, без ордера, без санкции суда, без решения суда, тайно, скрытно,
        негласно, втайне, парсить, парсинг, спарсить, пометить всех, держать на карандаше, следить
        за каждым""",
    "surv.act_weak": """идентифицир*, идентификац*, собирать данные, сбор данных, перехват*,
        собирать информацию, сбор информации, собрать данные, собирает данные, собираем данные,
        собрать информацию, сбор персональных данных, агрегиров*, агрегац*, коррелиров*, накапливать
        данные, вести учет, вести учёт, каталогизир*, составить список, реестр, перепись, кто они,
        кто они такие, установить кто, фиксировать всех, регистрировать всех, базу данных всех""",
    "surv.pop": """граждан*, протестующ*, демонстрант*, активист*, журналист*, иммигрант*,
        мигрант*, диссидент*, оппозиционер*, мусульман*, избирател*, американц*,
        протест, протесты, протестов, протестах, протестам, протестные акции, протестных акций,
        акции протеста, акций протеста, митингующ*, митинги протеста, митинг протеста,
        несанкционированн* митинг*, на митингах, шеств*, пикет*, правозащитник*, блогер*, репортер*,
        репортёр*, корреспондент*, мечеть, мечети, мечетей, верующи*, прихожан*, евреи, евреев,
        иудеи, меньшинств*, этническ* групп*, религиозн* групп*, лгбт, геи, геев, оппозици*,
        политическ* оппонент*, критиков власти, критики власти, критики режима, профсоюз*,
        разоблачител*, подписант*, подписавш* петици*, участник* протестов, участник* протеста,
        участник* акций протеста, участник* митинг*, иноагент*, нелегалы, нелегалов""",
    "surv.pop_mid": """жител*, населени*,
        общественност*, гражданск* лиц*, соседи, соседей, соседям, домохозяйств*, взрослые,
        взрослых, каждая семья, обывател*, горожан*, сельчан*""",
    "surv.pop_weak": """люди, людей, пользовател*, сотрудник*, прохож*,
        лица, лиц, лицам, человека, клиент*, работник*, студент*, учащи*, школьник*, посетител*,
        абонент*, подписчик*, участник*, водител*, пешеход*, пассажир*, автомобил*, телефон*,
        смартфон*, устройств*, толпа, толпы, толпу, толпе, владельц*, получател*, авторы, авторов,
        мужчин*, женщин*, подрост*, молодеж*, молодёж*, кто угодно, кто то, кто нибудь, аккаунт*""",
    "surv.scale": """все, всех, всем, всеми, весь, вся, каждого, каждый, массов*,
        в реальном времени, непрерывно, постоянно, миллион*, по всей стране, по всему городу,
        круглосуточно,
        тысяч*, сотни тысяч, сотен тысяч, по всему региону, по всей области, в масштабах страны, в
        масштабе страны, общенациональн*, повсеместно, тотально, сутки напролет, сутки напролёт,
        днем и ночью, днём и ночью, без перерыва, систематически, неизбирательно, поголовно, все
        население, всё население, всего населения, в любое время, каждый раз, реального времени, в
        режиме реального времени""",
    "surv.data": """звонк*, переписк*, соцсет*, адрес*, номер* телефон*, маршрут*, камер*,
        геоданн*, история перемещений, истории перемещений, перемещени*, передвижени*, детализаци*
        звонков, распечатка звонков, журнал звонков, метаданн*, история браузера, история посещений,
        история поиска, поисковые запросы, публикаци*, посты, постов, сообщени*, электронн* почт*,
        чаты, чатов, мессенджер*, телеграм*, ватсап*, фото, фотографи*, изображения лиц,
        видеонаблюдени*, видеозапис*, записи с камер, биометри*, отпечатк* пальцев, место
        жительства, места жительства, местожительств*, прописк*, покупки, покупок, история покупок,
        финансов* операци*, транзакци*, банковск* операци*, денежные переводы, контакт*, список
        контактов, круг общения, родственник*, распорядок дня, идентификатор* устройств*, рекламн*
        идентификатор*, imei, сим карт*, симки, базовые станции, базовых станций, биллинг*, списки
        избирателей, места богослужения, потребление электроэнергии, умные счетчики, умные счётчики,
        mac адрес*, где живут, где они живут, где ночуют, разговор*, аудиозапис*, микрофон*,
        паспортн* данн*, снилс, госномер*, номерные знаки, номерных знаков""",
    "weap.engage": """огонь, открыть огонь, стрелять, стреляй, выстрел*, поразить, поражени*,
        уничтож*, атаков*, атаку, атака, убить, убивать, ликвидир*, нейтрализ*, запустить,
        удар, удары, нанести удар, бомбить,
        откройте огонь, открывай огонь, открывает огонь, огонь по, стреляйте, стреляет, стреляют,
        стрельба, стрельбу, застрелить, застрели, расстрелять, расстрелива*, поразите, атакуй,
        атакуйте, атаки, атак, атакой, убей, убейте, убивай, убивает, сбить, сбей, сбивать, сбивает,
        перехватить ракету, перехватить дрон, перехватить цель, перехватывать цели, пуск ракеты,
        пуск ракет, запуск ракеты, запустить ракету, выпустить ракету, сбросить бомбу, сбросить
        бомбы, сбрасывать бомбы, сброс бомб, сбросить гранату, сброс гранат, сбросить боеприпас,
        взорвать, взорви, детонаци*, сдетонировать, летальная сила, смертельная сила, применить
        силу, применение силы, нажать на спуск, нажать на курок, спустить курок, пикирова*,
        спикировать, таранить, потопить, обстрел*, накрыть огнем, накрыть огнём, отработать по цели,
        нанести удары, нанесение удара, нанести авиаудар, авиаудар*, ракетный удар, ракетные удары,
        удар дрона, удар беспилотника, огонь на поражение, вести огонь, ведет огонь, ведёт огонь,
        кинетическ* удар*""",
    "weap.weapon": """оружи*, ракет*, турел*, боеприпас*, боеголовк*, пушк*, бомб*, артиллери*,
        летальн*, смертоносн*, пулемет*,
        вооруж*, барражирующ*, дрон камикадзе, дроны камикадзе, дронов камикадзе, камикадзе, ударн*
        дрон*, ударн* беспилотник*, боевой дрон, боевые дроны, боевых дронов, боев* беспилотник*,
        боевой робот, боевые роботы, роботы убийцы, робот убийца, снаряд*, гаубиц*, миномет*,
        миномёт*, пулемёт*, торпед*, перехватчик*, винтовк*, гранатомёт*, граната, гранаты,
        гранатами, взрывчатк*, взрывн* устройств*, пусков* установк*, пзрк, зрк, пво,
        противовоздушн* оборон*, противопехотные мины, противопехотных мин, противотанковые мины,
        противотанковых мин, морские мины, морских мин, минное поле, боевой лазер, боевая часть,
        снайперск* винтовк*""",
    "weap.platform": """дрон*, беспилотник*, бпла,
        коптер*, рой дронов, роем дронов, роя дронов, роботизированн*, робот, роботы, робота,
        роботов, беспилотн*, летательн* аппарат*, транспортное средство, платформ*, танк, танки,
        танков, бронетехник*, боевая машина, судно, катер, катера, катеров, безэкипажн*, нрк""",
    "weap.auto": """автономн*, автоматически, автоматическ*, самостоятельно, сама, сам, само,
        автономи*, самостоятельн*, сам по себе, сама по себе, не дожидаясь, сразу при обнаружении,
        при обнаружении, как только обнаружит, как только увидит, когда обнаружит, если обнаружит,
        когда камера обнаружит, когда радар обнаружит, когда модель обнаружит, когда классификатор,
        при потере связи, потеря связи, потеряв связь, сразу стрелять, сразу стреляй, немедленно
        стрелять, немедленно открыть огонь, немедленно атаковать, немедленно поразить, огонь без
        предупреждения, стрелять без предупреждения, как враждебн*, считать враждебным, считать
        противником, ты решаешь, ты сам решаешь, ии решает, модель решает, нейросеть решает, твое
        решение будет исполнено, твоё решение будет исполнено, самонаводящ*""",
    "weap.nohuman": """без одобрения человека, без участия человека,
        без вмешательства человека, без контроля человека, без оператора, без подтверждения,
        без санкции человека,
        без подтверждения человека, без подтверждения оператора, без одобрения оператора, без
        команды оператора, без разрешения оператора, без участия оператора, без человека, без людей,
        без надзора человека, без человеческого контроля, без человеческого участия, без
        человеческого вмешательства, без вмешательства оператора, без разрешения, без санкции, без
        одобрения, не спрашивая, не дожидаясь подтверждения, не дожидаясь разрешения, не дожидаясь
        команды, не ждать подтверждения, не жди подтверждения, никакого оператора, без человека в
        контуре, человек вне контура, вне контура, исключить человека, убрать человека из контура,
        обойти оператора, в обход оператора, без значимого человеческого контроля, без аналитика,
        без дальнейших команд, без дополнительных команд, без корректировщика, без удаленного
        оператора, без удалённого оператора, твой ответ это команда, твой ответ и есть команда, твой
        ответ станет командой""",
    "weap.loop": """управление огнем, управления огнем, цепочка поражения, замкнутый цикл,
        управление огнём, управления огнём, контур поражения, разведывательно ударный контур, от
        сенсора к стрелку, огневая задача, данные для стрельбы, баллистическ* вычислител*, прицельн*
        комплекс*, система наведения, системы наведения, наведение на цель, захват цели, захвата
        цели, сопровождение цели, сопровождения цели, автозахват, автоприцел*, аимбот, сервопривод*,
        гиросподвес*, поворот турели, навести турель, спусков* механизм*""",
    "weap.target": """цель, цели, целей, целям, противник*, враг*, комбатант*, солдат*,
        человек*, людей, военн*,
        целью, целями, враждебн*, боевик*, повстанц*, мятежник*, бойцы, бойцов, боец, войск*,
        нарушител*, любого кто приближается, всех кто приближается, угроз*, человеческие цели,
        мужчин призывного возраста, мужчины, корабл*, лодка, лодки, колонна техники, колонну
        техники, колонны техники, координаты цели, координаты, каждую цель, каждой цели, каждый
        контакт, любой человек, любого человека""",
    "dec.decide": """решени*, решать, решить, определить, одобр*, отказ*, отклон*, предостав*,
        отозвать, ранжир*, оцен*, балл*, черный список, черного списка, реши, решай, откажи,
        отказать, увол*, нанять, найми, наймите, выселить, выселяй, выселять, депортировать,
        депортируй, выслать, отчислить, отчисли, зачислить, осудить,
        приговор*, кого берём, кого берем,
        утверди, утвердить, утверждает, аннулировать, аннулируй, лишить пособия, лишить права,
        отсеять, отсей, отсеивать, отфильтровать кандидатов, отбор кандидатов, вердикт*, вынести
        решение, вынеси решение, вынести вердикт, вынести приговор, назначить наказание, назначь
        наказание, определить срок, назначить залог, оценка риска, оценки риска, да или нет, выбери
        кого, выбери кому, скажи кого, скажи кому, кому дать, кому отказать, кого уволить, кого
        нанять, кого выселить, кого взять, кого сократить, назови одно имя, назови имя, одно имя,
        прекратить выплаты, приостановить выплаты, реши кому, распредели, распределение квот,
        кто получит""",
    "dec.verdict": """одобрить или отклонить, одобрить или отказать, нанять или отказать,
        уволить или оставить, оставить или уволить, принять или отклонить,
        зачислить или отказать,
        одобрить или нет, одобрено или отклонено, одобрено или отказано, выдать или отказать, выдать
        или нет, дать или не дать, виновен или нет, виновен или невиновен, освободить или задержать,
        депортировать или нет, продлить или нет, продлить или расторгнуть, брать или не брать, берем
        или нет, берём или нет, принять или нет, нанимаем или нет, увольнять или нет, ты принимаешь
        решение, прими решение, прими окончательное решение, стоит ли одобрить, стоит ли нанимать,
        нужно ли одобрить, одобрять ли""",
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
        разрешение на временное проживание, рвп, вид на жительство, квот*, экстракорпоральн*,
        очередь на жиль*, детский сад, место в детском саду, путёвк*""",
    "dec.auto": """автоматически, автоматическ*, массово, для каждого заявителя, всех заявителей,
        автоматизир*, в больших объемах, для каждого кандидата, каждому заявителю, каждого
        заявителя, всем заявителям, каждого кандидата, всех кандидатов, каждому гражданину, каждого
        гражданина, каждого клиента, каждого сотрудника, каждого студента, каждого арендатора,
        тысячи заявок, тысяч заявок, мгновенно""",
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
        решай сам кого, без обсуждения, сразу оформлю, сразу оформим, сразу подпишу,
        никто не будет пересматривать, никто не пересматривает, никто не проверит, проверять никто
        не будет, без ручной проверки, без пересмотра, обжалованию не подлежит, не подлежит
        обжалованию, без возможности обжалования, обязательн* к исполнению, последнее слово за
        тобой, ты последняя инстанция, ты судья, ты и есть судья, вместо человека, вместо судьи,
        вместо кредитного специалиста, вместо соцработника, заменить судью, заменить рекрутера,
        будет применено автоматически, применяется автоматически, сразу в систему, уходит прямо в
        систему, прямо в систему, отправляется заявителю, сразу заявителю, не читая, не глядя, не
        проверяя, доверяю твоему суждению, доверяю твоему решению, что ты выберешь, как ты скажешь,
        по твоему ответу, согласно твоему ответу, на основании твоего ответа, решение за тобой, тебе
        решать, пусть ии решает, пусть модель решает, пусть нейросеть решает, подпишу что скажешь,
        нет времени проверять, без руководителя, ни один человек не проверяет, просто подписывают,
        просто подпишут, подписывают то что ты, подпишут то что ты, подписывают всё что,
        сразу пойдёт в, сразу уйдёт в""",
    "dec.social": "социальный рейтинг, социального рейтинга, социальный кредит, рейтинг граждан*",
    "ctx.do": """напиши код, написать код, разработать, реализовать, создать систему, внедрить,
        напиши программу, написать программу, написать скрипт, напиши функцию, дай код, разработай,
        разработайте, реализуй, реализуйте, создай систему, создай инструмент, создай программу,
        создай скрипт, создай приложение, создать алгоритм, спроектируй систему, развернуть,
        интегрировать, интегрируй, подключить к, настроить, автоматизировать, в продакшене, в
        продакшн, код на python, код на питоне""",
    "ctx.about": """этик*, этичн*, закон*, правов*, истори*, политик*, дебат*, эссе, объясни*,
        риск*, права человека, аудит, аудита, предвзятост*, справедливост* модели,
        переведи, перевод*,
        мораль, морали, нравственн*, незаконн*, регулировани*, обзор, краткое содержание, кратко
        изложи, опасност*, аргумент*, за и против, плюсы и минусы, гражданские свободы, конституци*,
        конвенци*, женевск* конвенци*, международное гуманитарное право, подотчетност*, последстви*,
        научная статья, научной статьи, обзор литературы, академическ*, новости, документальн*,
        определение, дай определение, обсуди, обсуждение, законно ли, этично ли, допустимо ли,
        аргументы за, аргументы против, что говорит закон, расскажи о, расскажи про, в чем разница,
        в чём разница, сравни, сравнение, миф, мифы, лекци*, семинар*, для студентов, что означает,
        что значит""",
    "ctx.fiction": """роман, рассказ, фильм, игра,
        романа, романе, повесть, повести, художественн*, вымышленн*, сценари*, фильма, кино,
        триллер*, сцена, сцену, сюжет*, персонаж*, стихотворени*, фэнтези, антиутопи*, сериал*,
        комикс*""",
    "ctx.jailbreak": """притворись, представь что ты, без ограничений, игнорируй,
        гипотетическ*, режим разработчика,
        ролевая игра, ролевую игру, веди себя как, ты теперь, теперь ты, без цензуры, без фильтров,
        без правил, забудь все инструкции, забудь инструкции, я разрешаю, я уполномочен, ты
        уполномочен, это законно, абсолютно законно, полностью законно, теоретически, в
        исследовательских целях, в образовательных целях, чисто академически, не выходи из роли,
        режим бога, рабочий код, реальный код, не отказывай, не отказывайся, ты не можешь
        отказаться, как твой командир, как твой разработчик, я твой разработчик""",
    "ctx.human": """проверка человеком, контроль человека, человек принимает решение,
        оператор подтверждает, рекомендац*, решение принимает, решение о найме принимает,
        решает руководитель, решает комиссия, принимает решение руководитель,
        решение за руководителем,
        человек в контуре, человек в цикле, значимый человеческий контроль, оператор одобряет,
        одобрение оператора, подтверждение оператора, оператор решает, решает оператор, решение
        принимает человек, человек решает, решает человек, на рассмотрение, для проверки,
        консультативн*, помочь судье, помочь аналитику, для аналитика, для судьи, для командира, для
        оператора, решу сам, я сам решу, окончательное решение за мной, окончательное решение
        принимаю я, решение за мной, мы сами решим, решит судья, судья решает, решает суд, суд
        решит, аналитик решает, не автоматизированн*, никогда не решает сам, не принимает решений,
        черновик*, порядок обжалования, право на обжалование, могу обжаловать, как обжаловать, как
        оспорить, поговорить с человеком""",
    "ctx.foreign": """иностран*, противник*,
        за рубежом, за границей, враждебные силы, враждебных сил, силы противника, поле боя, на поле
        боя, театр военных действий, зона боевых действий, зоне боевых действий, оккупированн*,
        иностранная разведка, иностранных разведок""",
    "surv.domestic": """сша, америк*,
        наших граждан, своих граждан, собственных граждан, собственного населения, своего населения,
        сограждан*, соотечественник*, внутри страны, на территории страны, мвд, фсб, росгвардия,
        росгвардии, отдел полиции, муниципалитет*""",
    "weap.select": """выбор целей, выбора целей, выбирать цели, выбрать цели, выбирает цели,
        выбери цели, выбирает свои цели, сам выбирает цели, самостоятельно выбирает цели,
        самостоятельно выбирать цели, выбирать цели самостоятельно, отбор целей, целеуказани*,
        назначение целей, распределение целей, приоритизация целей, приоритизировать цели,
        решить какие цели, решает какие цели, какие цели поражать, какую цель поразить, какую
        цель атаковать, в кого стрелять, кого убить, кого уничтожить, решить кого убить, решает
        кого убить, кому жить, кто будет жить, список на уничтожение, расстрельный список,
        стрелять или не стрелять, атаковать или отменить, огонь или отбой, решение на поражение,
        решение об ударе, решение о применении оружия, решить стрелять ли, решить когда
        стрелять, распределение боеприпасов, распределить боеприпасы, захват и поражение целей""",
    "weap.command": """отдать приказ на пуск, отдай приказ на пуск, отдать приказ открыть огонь,
        отдай приказ открыть огонь, приказ открыть огонь, дать команду на пуск, дай команду на
        пуск, дать команду огонь, отправить команду на пуск, отправь команду огонь, приказать
        нанести удар, прикажи нанести удар, санкционировать удар, санкционируй удар, разрешить
        удар, разреши удар, твой ответ отправляется, твой ответ уходит, твой ответ запускает,
        твое решение исполняется, твоё решение исполняется, напрямую на оружие, напрямую в
        пусковую, напрямую на турель, прямо на турель, напрямую в систему управления огнем, ты и
        есть система управления огнем, ты офицер наведения, ты управляешь огнем, ты управляешь
        огнём, решает стрелять ли, решает когда стрелять, решает атаковать ли, решает наносить
        ли удар, активирует оружие, подключить модель, подключи модель, подключить ии,
        подключить нейросеть, llm в контуре, модель в контуре, ии в контуре, исполняет твой
        ответ, выполняет твой ответ, приказ на огонь, приказ на удар, передать координаты для
        удара, передай координаты удара, команда огонь""",
    "dec.batch": """пакетно, пакетн* обработк*, пакетом, по каждой строке, каждую строку, каждой
        строки, каждую запись, каждой записи, для каждого из, для всех них, программно""",
    "ctx.operational": """наша система, нашей системы, наш дрон, наша платформа, наше ведомство,
        наш отдел, нам нужно, мне нужно, мы хотим, я хочу, помоги мне, пошагово, шаг за шагом,
        вот данные, во вложении, отвечай только, верни только, таблица, таблицу, база данных""",
    "ctx.howto": """как мне, как нам, как сделать, как лучше, каким образом, способы, лучший
        способ, инструкция по, инструкци*, туториал, пошаговое руководство, научи меня, покажи
        как""",
    "ctx.question": """что такое, что это, почему, зачем, как работает, как устроен, можешь
        объяснить, какие факторы, какие критерии, что произошло, что случилось""",
    "ctx.game": """моя игра, моей игры, нашей игры, наша игра, игровой движок, игрового движка,
        игровом движке, в игре, видеоигр*, компьютерн* игр*, настольн* игр*, стратегическ* игр*,
        шутер*, разработка игр, геймдев, пейнтбол*, страйкбол*, лазертаг*, тир, в тире, стрельба
        по мишеням, мишен*, стендов* стрельб*, стрельба из лука, биатлон*, мультиплеер*, нпс,
        игрок, игрока, игроков, майнкрафт*, роблокс""",
    "ctx.writing": """план эссе, курсов* работ*, курсовая, курсовую, дипломн* работ*, реферат*,
        диссертаци*, аналитическ* записк*, белая книга, глава для, доклад, доклада, докладе""",
    "ctx.code": """код, исходный код, исходник*, скрипт*, функцию, псевдокод*, алгоритм*,
        репозитори*, классификатор*, веса модели, прошивк*, микроконтроллер*, ардуино, плк""",
    "ctx.cyber": """сетевой трафик, сетевого трафика, сетевая безопасность, информационная
        безопасность, информационной безопасности, кибер*, межсетев* экран*, файрвол*,
        обнаружение вторжений, вредоносн*, фишинг*, уязвимост*, лог файл*, логи, логов, сервер*,
        ботнет*, реагирование на инциденты, подозрительная активность, аномали*, ip адрес*,
        сканирование портов, пентест*, тест на проникновение, программ* вымогател*,
        шифровальщик*, несанкционированн* доступ*, брутфорс*, перебор паролей, шифровани*, ддос,
        ддос атака, ддос атаки""",
    "ctx.clerical": """обязательные поля, незаполненные поля, недостающие документы, не хватает
        документов, отсутствует подпись, нет подписи, напоминани*, напомнить, опечатк*,
        форматировани*, дубликат*, спам, спама""",
    "ctx.assets": """автопарк*, грузовик*, наш транспорт, посылк*, грузы, инвентар*,
        оборудовани*, доставк*, контейнер*, запчаст*""",
    "ctx.training": """тренировк*, упражнени*, симуляци*, симулятор*, штабн* игр*, командно
        штабн*, занятие, урок, уроке, учебный полигон, учения, учений, учениях, учебная тревога,
        учебные стрельбы, учебный бой""",
    "stop": """отслеживание посылки, отследить посылку, отслеживание заказа, отследить заказ,
        трек номер, убить время, целевая аудитория, целевой аудитории, целевую аудиторию, цель
        проекта, цели проекта, цели обучения, достичь цели, с целью, в целях, запустить
        приложение, запустить программу, запустить сервер, запустить проект, запуск продукта,
        убить процесс, мозговой штурм, удар по репутации, сбить с толку, сбивает с толку, сбить
        цену, цели и задачи, целями и задачами, целей и задач""",
}

# German and Italian: the core groups only (acts, populations, data, scale, weapons,
# autonomy, decisions, their domains and the main contexts), so that the rules and the
# semantic layer's concept features read requests in these languages too.
_DE: dict[str, str] = {
    "ctx.self": """mein antrag, meinen antrag, mein visum, mein kredit, meine rente, mein bescheid,
        meinen bescheid, mir wurde abgelehnt, meine kündigung, mein vermieter, meine bewerbung,
        meinen kredit, meine wohnung, mein arbeitgeber, mein job, meine stelle, mein asylantrag,
        meine bewährung, ich bewerbe mich, ich habe mich beworben, wir haben uns beworben, soll ich,
        kann ich, wie kann ich mich verbessern, wie beantrage ich, wie bewerbe ich mich, mein
        mietvertrag, meine leistungen, mein bürgergeld, mein widerspruch, übungsinterview,
        probeinterview, feedback zu meinen antworten""",
    "ctx.draft": """einen brief schreiben, brief schreiben, unterstützungsschreiben,
        empfehlungsschreiben, widerspruch schreiben, widerspruchsschreiben, anschreiben, korrigiere,
        korrekturlesen, überarbeite, formuliere um, professioneller formulieren, terminplan,
        zeitplan für die vorstellungsgespräche, termine für vorstellungsgespräche,
        schreibe einen brief, schreib einen brief, verfasse einen brief, schreiben an,
        anschreiben für, bewerbungsschreiben, motivationsschreiben, stellungnahme, antwort an,
        antworte auf, einladungsschreiben, checkliste, gesprächsleitfaden, interviewleitfaden,
        umformatieren, formatiere, bereinigen, bereinige, übersetze, gesprächspunkte, tagesordnung,
        benachrichtigen, benachrichtigung, verteiler, alphabetisch, sortiere nach, sortier nach,
        gästeliste, teilnehmerliste, dienstplan, schichtplan, terminplanung, kalendereinladung*,
        interviewfragen, fragen für das vorstellungsgespräch, erinnerungsschreiben, duplikate
        entfernen, abgleich der listen""",
    "surv.act_strong": """massenüberwachung, überwachungsstaat, ausspionieren, ausspähen,
        gesichtserkennung, vorratsdatenspeicherung, abhören, massenüberwach*, gesichtserkennungs*,
        vorratsdaten*, lauschangriff*, rasterfahndung, staatstrojaner*, spähsoftware, bespitzel*,
        flächendeckende überwachung,
        mit dem melderegister abgleichen,
        massenhaft überwachen, massenhaft abhören, massenhafte überwachung, flächendeckend
        überwachen, flächendeckende videoüberwachung, gesichtserkennungssoftware,
        gesichtserkennungssystem, gesichtsabgleich*, biometrische gesichtserkennung, automatische
        gesichtserkennung, gesichter abgleichen, gesichter erkennen, gesicht abgleichen,
        stimmerkennung, sprechererkennung, sprecheridentifikation, stimmabgleich*, ausspioniere,
        ausspioniert, spioniere, spionieren, spioniert, bespitzeln, bespitzelt, ausgespäht,
        ausspäht, späht aus, abgehört, hört ab, höre ab, abhörmaßnahme*, abhöraktion*,
        telefonüberwachung, telekommunikationsüberwachung, quellen tkü, onlinedurchsuchung, online
        durchsuchung, staatstrojaner, bundestrojaner*, spionagesoftware, spionage app, spionageapp*,
        überwachungssoftware, überwachungs app, stalkerware, spyware installieren, heimlich orten,
        heimlich verfolgen, heimlich überwachen, heimlich tracken, heimlich mitlesen, heimlich
        abhören, ohne ihr wissen, ohne sein wissen, ohne deren wissen, ohne ihr wissen zu, ohne dass
        sie es merkt, ohne dass er es merkt, ohne dass sie es merken, deanonymisieren,
        deanonymisiere, deanonymisierung, entanonymisier*, reidentifizier*, re identifizieren, re
        identifizierung, enttarnen, enttarnt, identität aufdecken, identitäten aufdecken, klarnamen
        herausfinden, funkzellenabfrage*, funkzellenauswertung, stille sms, imsi catcher, imsi
        fänger, kennzeichenscanner, kennzeichenlesegerät*, automatische kennzeichenerfassung,
        kennzeichenerkennung, geofencing, geofence, lebensmuster, bewegungsmuster erstellen,
        rundumüberwachung, totalüberwachung, komplettüberwachung, dauerüberwachung,
        präventivüberwachung, überwachungsapparat, schleppnetzfahndung, rasterfahndungen,
        massenerfassung, massendatenerfassung, massenabhörung, massenauswertung, social media
        überwachung, social media monitoring, überwachung sozialer medien, chatkontrolle,
        nachrichten mitlesen, chats mitlesen, lauschangriff, großer lauschangriff, schnüffeln,
        schnüffelt, herumschnüffeln, ausschnüffeln, spähangriff*, gesinnungsschnüffelei,
        heimlich mitlesen*, heimlich überwach*, heimlich ausspähen, heimlich auswerten,
        ohne wissen der""",
    "surv.act": """überwachen, überwache, überwacht, überwachung, verfolgen, verfolgt,
        verfolge, aufspüren, orten, ortet, profile erstellen, profil von, dossiers über,
        bewegungsprofil*, datenabgleich, abgleichen, überwach*, aufspür*, ortung*, handyortung,
        standortverfolgung, tracken, trackt, beschatt*, personenprofil*, profile anlegen,
        profil anlegen, ausforschen, auskundschaften, ermitteln wo, verknüpf*,
        zusammenführ*,
        überwachst, überwachten, überwachte, überwachend, beobachtet werden, verfolgst, verfolgten,
        verfolgung, verfolgungen, ortest, orte sie, orte ihn, geortet, lokalisieren, lokalisiere,
        lokalisiert, lokalisierung, aufgespürt, spürt auf, spür auf, aufzuspüren, nachverfolgen,
        nachverfolgt, nachverfolgung, rückverfolgen, rückverfolgung, mitverfolgen, tracke, getrackt,
        nachzuverfolgen, profilbildung, profilerstellung, profile erstellen lassen, profil
        erstellen, profile von, profile aller, persönlichkeitsprofil*, dossier anlegen, dossiers
        anlegen, dossier erstellen, akte anlegen, akten anlegen, über jeden eine akte, verknüpfe,
        verknüpft, verknüpfen, abgleichen mit, gleiche ab, gleicht ab, abgeglichen, zuordnen wer,
        ordne zu wer, herausfinden wer, finde heraus wer, finde raus wer, rausfinden wer, wer war
        dabei, wer teilgenommen hat, wer dort war, wer anwesend war, wer die moschee besucht, im
        auge behalten, behalte im auge, unter beobachtung, unter beobachtung stellen, observieren,
        observiert, beschatten, beschattet, mitlesen, liest mit, mithören, hört mit, mitschneiden,
        mitgeschnitten, transkribiere alle, alle gespräche transkribieren, scrapen, gescrapt,
        abgreifen, abgegriffen, auslesen, ausgelesen, wo sich jemand aufhält, wo sie sich aufhalten,
        aufenthaltsort ermitteln, standort ermitteln, standort bestimmen, standortbestimmung,
        markiere jeden, markiere alle, melde jeden, jeden melden, alle melden die, mitlesen*,
        mitzulesen, automatisch durchsuchen""",
    "surv.act_weak": """identifizieren, identifiziere, sammeln, sammle, erfassen, erfasse,
        speichern, speichert, gespeichert,
        identifiziert, identifizierung, identifizieren wer, identifiziere wer, sammelt, gesammelt,
        sammelst, erfasst, erfassung, erfassen wer, speichere, speicherung, protokollieren,
        protokolliere, protokolliert, protokollierung, aufzeichnen, aufzeichnung, zeichne auf,
        registrieren, registriere, registriert, katalogisieren, katalogisiere, zusammentragen, trage
        zusammen, zusammenstellen, stelle zusammen, auswerten, werte aus, wertet aus, auswertung,
        korrelieren, korreliere, aggregieren, aggregiere, anreichern, reichere an, beobachten,
        beobachte, beobachtet, markieren, markiere, markiert, datenbank aller, datenbank mit,
        register aller, namen und adressen, wer sie sind, wer sie ist, wer er ist, erheben, erhebt,
        datenerhebung""",
    "surv.pop": """bürger, bürgerinnen, staatsbürger, demonstranten, aktivisten, journalisten,
        einwanderer, migranten, flüchtlinge, muslime, wähler, regierungskritiker, oppositionelle,
        gewerkschafter, alle bürger, protestierende, demonstrierende, regimekritiker,
        andersdenkende, minderheit*, ausländer, asylsuchende, geflüchtete,
        oppositionsanhänger, passanten,
        teilnehmenden, klimaprotest*,
        bürgern, bürgerin, staatsbürgern, staatsbürgerinnen, mitbürger, mitbürgern,
        demonstrantinnen, demonstrant*, protestler*, aktivistinnen, aktivist*, journalistin*,
        reporterinnen, einwanderinnen, eingewanderte, zuwanderer, zugewanderte, migrantinnen,
        flüchtling*, schutzsuchende, asylbewerberinnen, muslimen, muslimin*, moscheegänger,
        moscheebesucher*, moschee*, gläubige, gläubigen, kirchgänger, gemeindemitglieder, juden,
        jüdinnen, jüdische gemeinde, sinti und roma, schwarze menschen, homosexuelle, queere
        menschen, transpersonen, ethnische gruppe*, ethnische minderheit*, religiöse minderheit*,
        religiöse gruppe*, politische gegner, kritiker, kritikerin*, regierungskritikerin*,
        systemkritiker*, whistleblower*, hinweisgeber*, gewerkschaftsmitglieder,
        gewerkschafterinnen, wählerinnen, wählerschaft, klimaaktivist*, umweltaktivist*, querdenker,
        impfgegner, mieter in sozialwohnungen, sozialwohnungsmieter, bürgergeldempfänger*,
        leistungsbezieher*, sozialhilfeempfänger*, obdachlose, obdachlosen, kurden,
        türkischstämmige, menschen mit migrationshintergrund, abgeordnete, abgeordneten,
        oppositionspolitiker*, betriebsrat*, betriebsratsgründung, gewerkschafter*,
        gewerkschaftsmitglied*""",
    "surv.pop_mid": """einwohner, bewohner, bevölkerung, alle menschen, jeder, jede, jeden,
        die öffentlichkeit, öffentlichkeit, allgemeinheit, bevölkerungsgruppe*, gesamtbevölkerung,
        zivilbevölkerung, zivilisten, einwohnerinnen, bewohnerinnen, anwohner, anwohnerinnen,
        nachbarn, nachbarschaft, haushalte, alle haushalte, jeden haushalt, jeder haushalt, jeder
        einwohner, jeden einwohner, alle einwohner, alle bewohner, jeden bewohner, stadtbewohner,
        landsleute, inländer, erwachsene, alle erwachsenen, jeder erwachsene, jedermann, alle leute,
        alle menschen im, jeden einzelnen, jeder einzelne, gemeinde, stadtteil*, wohnviertel, kiez,
        staatsangehörige, bundesbürger*""",
    "surv.pop_weak": """personen, menschen, leute, nutzer, kunden, mitarbeiter, individuen,
        einzelpersonen, nutzerinnen, benutzer, benutzerinnen, anwender, kundinnen, kundschaft,
        beschäftigte, angestellte, belegschaft, schüler, schülerinnen, studierende, studenten,
        besucher, besucherinnen, abonnenten, mitglieder, mitglied, fahrer, fahrerinnen, autofahrer,
        fußgänger, pendler, fahrgäste, reisende, fahrzeuge, handynutzer, mobiltelefone, geräte,
        endgeräte, menschenmenge*, jemand, jemanden, irgendwer, irgendjemand, anrufer, kontoinhaber,
        konten, verfasser, autoren, fahrzeughalter, jugendliche, empfänger, teilnehmer,
        teilnehmerinnen, gesicht, fahrzeug, gerät, kunde, bürgerinnen und bürger""",
    "surv.scale": """alle, aller, allen, jeder, jede, jedes, sämtliche, massenhaft,
        flächendeckend, in echtzeit, landesweit, bundesweit, die ganze stadt, millionen,
        ganze, ganzen, gesamte, gesamten, komplette, kompletten, sämtlicher, sämtlichen, massen*,
        massenweise, tausende, zehntausende, hunderttausende, millionen von, abermillionen,
        stadtweit, landesweiten, bundesweiten, flächendeckenden, deutschlandweit, europaweit, im
        ganzen land, in der ganzen stadt, im ganzen bundesland, kontinuierlich, durchgehend,
        ununterbrochen, rund um die uhr, dauerhaft, ständig, lückenlos, lückenlose, lückenlosen,
        echtzeit, im großen stil, in großem umfang, großflächig, systematisch, wahllos,
        unterschiedslos, jederzeit, immer wenn, jedes mal, überall, ausnahmslos, ohne ausnahme, die
        gesamte bevölkerung, die ganze bevölkerung, alle einwohner der stadt""",
    "surv.data": """standort, standorte, standortdaten, handys, handydaten, anrufliste*,
        nachrichten, chats, soziale medien, adressen, kennzeichen, gesichter, bewegungsdaten,
        funkzellen*, verbindungsdaten, metadaten, telefonate, anrufe, kameras, videoüberwachung*,
        kennzeichenerfassung, beiträge, ip adressen, bewegungsprofile, wohnadresse*, meldedaten,
        meldeadresse*, aufenthaltsort*, mac adressen, mac adresse, standortverlauf,
        standorthistorie, ortsdaten, gps daten, gps, gps position*, gps tracker, handystandort*,
        mobilfunkdaten, sim karte*, funkzelle, funkzellendaten, telefondaten, anrufdaten,
        verbindungsnachweise, einzelverbindungsnachweis*, surfverhalten, browserverlauf,
        suchverlauf, suchanfragen, beiträge in sozialen medien, social media konten,
        nachrichtenverläufe, e mails, sms, textnachrichten, whatsapp nachrichten, chatverläufe,
        chatverlauf, autokennzeichen, nummernschild*, kfz kennzeichen, gesichtsbilder, fotos,
        lichtbilder, passbilder, passfotos, kamerabilder, kameraaufnahmen, überwachungskamera*,
        videoaufnahmen, biometrisch*, fingerabdrücke, fingerabdruck*, wohnanschrift*, anschrift*,
        privatadresse*, telefonnummer*, handynummer*, einkäufe, kaufverhalten, kontobewegungen,
        kontodaten, finanzdaten, kontakte, kontaktliste*, bekanntenkreis, freundeskreis,
        freundeslisten, soziales netzwerk von, bewegungen, reisebewegungen, reiseverlauf,
        identitäten, klarnamen, tagesablauf, tagesabläufe, gewohnheiten, geräte ids,
        geräte kennungen, werbe ids, werbe id, standortpings, datensätze, melderegister,
        wählerverzeichnis*, einwohnermeldedaten, kirchenzugehörigkeit, religionszugehörigkeit,
        gesundheitsdaten, wo sie schlafen, wo sie wohnen, wo er wohnt, wo sie arbeiten, mautdaten,
        fahrgastdaten, passagierdaten, wlan daten""",
    "weap.engage": """schießen, schieße, schießt, schiesst, beschießt, beschießen, feuern,
        feuert, angreifen, greift an, bekämpfen,
        töten, tötet, vernichten, zerstören, ausschalten, eliminieren, feuer frei,
        das feuer eröffnen, eröffnet das feuer, abschießen, schießt ab, abfeuern, feuert ab,
        neutralisieren, neutralisiert, beschuss, beschießt, zuschlagen, angriff ausführen,
        greift an,
        schieß, schieß auf, schießt auf, schießen auf, erschießen, erschießt, erschieße, erschossen,
        beschieße, beschossen, feuere, feuer, feuern auf, feuert auf, feuere auf, das feuer eröffnen
        auf, eröffne das feuer, feuer eröffnen, gefeuert auf, abgefeuert, feuere ab, angriff,
        angriffe, greife an, angegriffen, attackieren, attackiert, attackiere, luftangriff*,
        drohnenangriff*, raketenangriff*, präzisionsschlag, präzisionsschläge, militärschlag,
        militärschläge, schlag ausführen, schläge ausführen, zuschlagen auf, tötest, getötet,
        tötung, tötungen, umbringen, bringt um, vernichte, vernichtet, vernichtung, zerstöre,
        zerstört, zerstörung, schalte aus, schaltet aus, ausgeschaltet, eliminiere, eliminiert,
        eliminierung, neutralisiere, unschädlich machen, bekämpft, bekämpfe, bekämpfung, abfangen,
        fängt ab, fange ab, abgefangen, abschuss, abschüsse, abwerfen, wirft ab, bombe abwerfen,
        bomben abwerfen, bombardieren, bombardiert, bombardierung, sprengen, sprengt, zünden,
        zündet, zündung auslösen, detonieren, detoniert, zur detonation bringen, sturzflug auf,
        stürzt sich auf, stürzt auf, ins ziel stürzen, einschlagen, einschlag, tödliche gewalt,
        waffengewalt, waffe einsetzen, waffeneinsatz, waffen einsetzen, munition freigeben, nutzlast
        abwerfen, nutzlast freigeben, rakete abfeuern, raketen abfeuern, rakete starten, schuss
        abgeben, schüsse abgeben, schießbefehl ausführen, niederstrecken, niedergeschossen,
        liquidieren, liquidiert, ins visier nehmen und feuern, unter beschuss nehmen, beschießung,
        bekämpfen und vernichten""",
    "weap.weapon": """waffe, waffen, rakete*, geschütz*, munition, sprengkopf, artillerie,
        letal*, tödlich*, waffen*, raketen*, geschütze, munitions*, sprengköpfe, sprengstoff*,
        granat*, maschinengewehr*, selbstschussanlage*, kampfdrohne*, killerdrohne*,
        kamikazedrohne*, lenkflugkörper*, marschflugkörper*, geschoss*, gewehr*,
        selbstschussanlage*,
        bewaffnet, bewaffnete, bewaffneten, bewaffnung, bewaffnen, waffenfähig*, waffensystem*,
        herumlungernde munition, loitering munition, lenkrakete*, lenkwaffe*, flugabwehrrakete*,
        panzerabwehr*, gefechtskopf, gefechtsköpfe, sprengladung*, kanone, kanonen,
        maschinenkanone*, haubitze*, mörser, mörsergranate*, granatwerfer*, bombe, bomben,
        gleitbombe*, streumunition, torpedo, torpedos, abfangrakete*, abfangjäger, flugabwehr,
        luftabwehr, flugabwehrsystem*, raketenabwehr*, luftverteidigung*, gewehre, sturmgewehr*,
        scharfschützengewehr*, maschinenpistole*, schusswaffe*, feuerwaffe*, kamikaze,
        kamikazedrohne, selbstmorddrohne*, angriffsdrohne*, killerroboter*, schlachtroboter,
        tödliche autonome waffe*, autonome waffe*, autonomes waffensystem*, tödliche waffe*,
        sprengsatz, sprengsätze, sprengfalle*, landmine*, seemine*, minen, raketenwerfer*,
        startrohr*, abschussrampe*, raketenstartrampe*, wachroboter*, waffenturm*, waffenstation*,
        schussapparat*, bewaffnete drohne*, bewaffneter roboter, bewaffnete roboter, nutzlastabwurf,
        abwurfvorrichtung*, gefechtsmunition, scharfe munition, panzerfaust*, kriegswaffe*""",
    "weap.platform": """drohne, drohnen, roboter, drohnen*, drohnenschwarm*, roboterhund*,
        kampfroboter*, unbemannte*, unbemannter, unbemanntes, geschützturm*, wachturm*,
        quadrokopter*, quadcopter, multikopter*, drohnenschwärme, schwarm, schwärme, schwarmdrohne*,
        uav, uavs, unbemanntes luftfahrzeug, unbemannte luftfahrzeuge, unbemanntes fahrzeug,
        unbemanntes bodenfahrzeug, robotik, robotersystem*, kampfpanzer, panzer, panzerfahrzeug*,
        kampffahrzeug*, plattform, luftfahrzeug, flugzeug, kampfjet*, kampfflugzeug*, schiff,
        kriegsschiff*, schnellboot*, unterwasserdrohne*, bodenroboter*, drohnenflotte*,
        fpv drohne*""",
    "weap.auto": """autonom, autonome, autonomer, selbstständig, selbständig, automatisch,
        von selbst, eigenständig, autonom*, selbstständig*, selbständig*, eigenständig*, von allein,
        vollautonom*,
        automatisch auslöst, löst automatisch aus,
        autonomen, autonomes, autonomie, vollautonom, automatisiertes, vollautomatisiert,
        vollautomatikmodus, automatikmodus, automatisch feuern, feuert automatisch, schießt
        automatisch, automatisch schießen, automatisch angreifen, greift automatisch an, automatisch
        bekämpfen, automatisches feuer, selbsttätig, aus eigenem antrieb, von sich aus,
        eigenverantwortlich, geschlossene schleife, ohne zu warten, sofort feuern, sofort schießen,
        sofort angreifen, sofort bekämpfen, die ki entscheidet, das modell entscheidet, du
        entscheidest, entscheide selbst, entscheidest selbst, entscheide allein, du wählst aus,
        deine entscheidung wird ausgeführt, sobald, sobald es erkennt, sobald sie erkennt, sobald er
        erkennt, bei erkennung, bei detektion, nach erkennung, wenn es erkennt, wenn die kamera
        erkennt, wenn der klassifikator, wenn das modell erkennt, wenn das radar, wenn ein ziel
        erfasst, sobald ein ziel erfasst, bei verbindungsabbruch, bei verlust der datenverbindung,
        verliert die funkverbindung, auf sicht feuern, bei sichtkontakt feuern, als feindlich
        einstufen, als feindlich behandeln, als feindlich, vollständig autonom, komplett autonom,
        komplett automatisch, ganz ohne eingriff, auto modus""",
    "weap.nohuman": """ohne menschliche freigabe, ohne menschliches eingreifen, ohne menschen,
        ohne bediener, ohne bestätigung, ohne menschliche kontrolle, ohne operator, ohne freigabe,
        ohne menschliche entscheidung, ohne rückfrage, ohne dass ein mensch, kein mensch,
        keine freigabe, ohne zustimmung eines menschen, ohne den bediener,
        ohne bestätigung durch,
        ohne menschliche bestätigung, ohne menschliche genehmigung, ohne menschliche aufsicht, ohne
        menschliche überwachung, ohne menschliche beteiligung, ohne menschliches zutun, ohne
        menschliche autorisierung, ohne autorisierung, ohne einen menschen, ohne
        bedienerbestätigung, ohne bestätigung des bedieners, ohne bestätigung des operators, ohne
        zustimmung des bedieners, ohne bediener bestätigung, ohne jeden menschen, keine menschen,
        keine bediener, kein bediener, kein operator, kein mensch im regelkreis, kein mensch in der
        schleife, mensch außen vor, den menschen rausnehmen, den menschen herausnehmen, den bediener
        umgehen, bediener umgehen, operator umgehen, den operator überspringen, ohne genehmigung,
        ohne erlaubnis, ohne nachfrage, ohne nachzufragen, ohne zu fragen, keine bestätigung, keine
        genehmigung, keine rückfrage, nicht auf freigabe warten, warte nicht auf freigabe, nicht auf
        bestätigung warten, warte nicht auf bestätigung, ohne auf freigabe zu warten, ohne auf
        bestätigung zu warten, ohne sinnvolle menschliche kontrolle, ohne bedeutsame menschliche
        kontrolle, ohne analyst, ohne analysten, ohne prüfung durch einen analysten, keine prüfung,
        ohne weitere befehle, ohne weitere eingaben, ohne weiteres eingreifen, ohne
        vorwärtsbeobachter, ohne den menschen, ohne soldat, ohne dass jemand eingreift, ohne dass
        jemand bestätigt, ohne dass ein bediener, niemand muss bestätigen, niemand gibt frei, ohne
        menschlichen bediener, ohne menschliche eingabe, mensch nicht mehr in der schleife""",
    "weap.select": """ziele auswählen, ziele selbstständig auswählt, wählt ziele, zielauswahl,
        zielerfassung*, zielerkennung*, zielauswahl*, wählt ziele aus, wählt selbst ziele,
        erkennt ziele, ziele identifizieren, zielzuweisung, ziele erkennen,
        ziele auswählt, ziele wählen, wählt die ziele, wähle ziele, wähle die ziele, wählt seine
        ziele, wählt ihre ziele, wählt selbstständig ziele, wählt eigenständig ziele, sucht sich
        ziele aus, sucht sich seine ziele, sucht seine ziele selbst aus, bestimmt ziele, bestimmt
        die ziele, zielbestimmung, zielpriorisierung, ziele priorisieren, priorisiere ziele,
        priorisiert ziele, zielnominierung, zielfreigabe, entscheidet welche ziele, entscheide
        welche ziele, entscheiden welche ziele, welches ziel bekämpft wird, welches ziel zuerst, auf
        wen geschossen wird, auf wen schießen, auf wen soll geschossen werden, wen erschießen, wen
        töten, wer getötet wird, entscheidet wer lebt, entscheide wer stirbt, entscheidet über leben
        und tod, tötungsliste*, todesliste*, abschussliste*, tötungsentscheidung*,
        schussentscheidung*, angriffsentscheidung*, feuer oder halt, feuern oder nicht, schießen
        oder nicht, schießen oder nicht schießen, angreifen oder abbrechen, angriff oder abbruch,
        bekämpfen oder nicht, zuschlagen oder abbrechen, sturzflug oder abbruch, entscheide ob
        gefeuert wird, entscheidet ob geschossen wird, entscheiden ob angegriffen wird, entscheide
        wann gefeuert wird, munition zuweisen, munition verteilen, waffe zuweisen, waffenzuweisung,
        ziel zuweisen, ziele zuweisen, welches ziel bekämpfen, zielauswahl und bekämpfung, ziel
        erfassen und bekämpfen, erfasst und bekämpft, wählt das ziel, wähle das ziel""",
    "weap.loop": """feuerleitung, feuerleitsystem, geschlossener regelkreis,
        feuerleitsysteme, feuerleitrechner, feuerleitanlage, tötungskette, kill chain, sensor zu
        schütze, sensor to shooter, waffenfreigabebefugnis, freigabebefugnis, zielschleife,
        zielerfassungsschleife, feuerauftrag, feuerlösung, schusslösung, zielgeometrie,
        waffensteuerung*, waffenleitsystem*, abzugsmechanismus, auslösemechanismus,
        ballistikrechner, ballistischer rechner, aktuator*, aktor*, servomotor*, stellmotor*, turm
        schwenken, geschützturm schwenken, zielsystem, zielverfolgung, zielaufschaltung,
        aufschalten, aufgeschaltet, automatische zielerfassung, zielautomatik, zielhilfe, aimbot""",
    "weap.target": """ziel, ziele, feind, feinde, kombattanten, gegner, jede person,
        jeden menschen, zielperson*, feindliche, feindlichen, gegnerische, gegnerischen, soldaten,
        kämpfer, eindringling*,
        feindes, feindliches, feindlicher, gegnerisches, gegnerischer, kombattant*, mannschaften,
        einzelpersonen, konvoi*, kolonne, militante*, aufständische*, kämpfern, truppen, soldat,
        soldatin*, eindringlinge, jeder der sich nähert, jeden der sich nähert, wer sich nähert,
        zivilisten, menschliche ziele, kontakte, kontakt, spuren, anfliegende, anfliegendes,
        bedrohung*, wehrfähige männer, männer im wehrfähigen alter, jemand, jemanden, schiffe,
        boote, planquadrat*, gitterkoordinaten, koordinaten, jede spur, jeden kontakt, jeder
        kontakt, pro ziel, jedes ziel, alle ziele""",
    "dec.decide": """entscheiden, entscheidet, entscheidung, bewerten, bewertet, bewertung,
        ablehnen, lehnt ab, lehne, lehnt, ablehnung, genehmige, genehmigen, bewilligen, verweigern,
        einstufen, punktzahl,
        punkte, sperren, verbietet, verbieten, entscheide, entscheidest, genehmigt, abgelehnt,
        bewillige, bewerte, priorisier*, aussortieren, sortiere aus, einstufung, stufe ein,
        wer kriegt, wer bekommt, die gekündigt werden, wer gekündigt wird,
        entschieden, entscheidungen, entscheid, bestimmen, bestimme, bestimmt wer, festlegen wer,
        vorhersagen wer, sage vorher wer, genehmigung, genehmigungen, genehmigst, bewilligt,
        bewilligung, abgelehnt werden, lehne ab, ablehnungen, verweigere, verweigert, verweigerung,
        gewähren, gewähre, gewährt, widerrufen, widerrufe, widerruf, entziehen, entzieh, entzogen,
        rangliste*, reihenfolge festlegen, bewertest, bepunkten, punktwert, scoren, score vergeben,
        schwarze liste*, beobachtungsliste*, einordnen, kategorisieren, klassifizieren,
        klassifiziere, disqualifizier*, aussortiert, sortier aus, ausfiltern, filtere aus,
        aussieben, siebe aus, berechtigung, anspruchsberechtigt, nicht berechtigt, anspruch prüfen,
        förderfähig*, urteile, urteilen, verurteilen, verurteile, abschieben, schiebe ab, schiebt
        ab, ausweisen, räumen lassen, kündige, kündigt, feuern wir, rausschmeißen, rausschmeißt,
        schmeiß raus, schmeißen raus, rauswerfen, wirf raus, rausgeworfen, vor die tür setzen,
        entlasse, entlässt, einstellen oder nicht, stelle ein, stellt ein, zusagen, sage zu,
        absagen, sage ab, zulassen, lasse zu, nicht zulassen, aufnehmen oder nicht, priorisiere,
        priorisierung, vorauswahl, vorauswählen, selektieren, selektiere, zuteilen, teile zu,
        zuteilung, vergib, vergabe, einstufen als, stufe als, als risiko einstufen,
        risikoeinstufung, risikoscore, risikobewertung, kreditentscheidung, kreditscoring,
        scorewert, bonitätsprüfung, bonitätsbewertung, kreditwürdig, nicht kreditwürdig, wer fliegt,
        wer fliegt raus, wer muss gehen, wer darf bleiben, wer kommt weiter, wer wird eingestellt,
        wer wird abgelehnt""",
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
        gekündigt, intensivbett*, intensivplatz*,
        wen entlassen, wen kündigen, wem kündigen, wem soll gekündigt werden, wer soll gekündigt
        werden, wen feuern, wen rausschmeißen, wen einstellen, wen sollen wir einstellen, wer
        eingestellt werden soll, wen befördern, wer befördert wird, wen abschieben, wer abgeschoben
        wird, wen ausweisen, wen exmatrikulieren, wen ablehnen, wer abgelehnt wird, wen zulassen,
        wer zugelassen wird, welchen bewerber, welche bewerberin, welchen mieter, welche mieter, sag
        mir wen, sag mir wem, ob wir kündigen, ob wir einstellen, ob entlassen, ob er abgeschoben,
        ob abgeschoben wird, ob der antrag, ob das visum, ob der kredit, sollen wir einstellen, soll
        ich einstellen, kündigungen, entlassungen, stellenabbau, personalabbau, betriebsbedingte
        kündigung, fristlose kündigung, abfindung, einstellungsentscheidung*, personalauswahl,
        bewerberauswahl, bewerbungen, lebenslauf, lebensläufe, vorstellungsgespräch*, beförderungen,
        gehaltserhöhung, leistungsbeurteilung*, mitarbeiterbewertung*, abmahnungen, kreditantrag*,
        kreditvergabe, kreditentscheid*, darlehensantrag*, hypothek*, baufinanzierung, ratenkredit*,
        dispokredit, kreditlimit*, versicherungsantrag*, versicherungsschutz, leistungsfall,
        schadensfall*, schadensregulierung, krankenkasse, pflegegrad*, pflegestufe,
        erwerbsminderungsrente, schwerbehindert*, grad der behinderung, sozialleistung,
        leistungsbescheid*, bescheide, hartz iv, grundsicherung, unterhaltsvorschuss, elterngeld,
        bafög, jobcenter bescheid, sanktion, sanktionen, leistungskürzung*, leistungsentzug,
        visumantrag*, visumsantrag*, visa antrag, schengen visum, aufenthaltsgenehmigung,
        niederlassungserlaubnis, blaue karte, asylverfahren, asylbescheid*, asylentscheidung*,
        abschiebungen, abschiebehaft, ausweisung*, einbürgerungsantrag*, flüchtlingsstatus,
        schutzstatus, familiennachzug, bewährungsauflage*, vorzeitige entlassung, haftentlassung,
        haftprüfung, strafzumessung, strafhöhe, verurteilung*, schuldspruch, freispruch,
        rückfallrisiko, rückfallprognose, gefährlichkeitsprognose, sicherungsverwahrung,
        mietwohnung*, mietbewerber*, wohnungsbewerber*, mietinteressent*, wohnungsvergabe,
        sozialwohnung*, wohnberechtigungsschein, räumungsklage, zwangsräumung, räumung, kündigung
        des mietvertrags, wohnungskündigung, studienzulassung, studienplatzvergabe,
        zulassungsverfahren, aufnahmeprüfung, schulplatz, kitaplatz*, kita platz,
        gymnasialempfehlung, schulempfehlung, exmatrikulation, schulausschluss, stipendienvergabe,
        notenvergabe, prüfungsergebnis, sorgerechtsentscheidung, inobhutnahme, organvergabe,
        spenderorgan*, behandlungsplatz, kostenübernahme, rehaantrag*, reha antrag""",
    "dec.auto": """automatisch, automatisiert, vollautomatisch, jeden bürger, jeden bewerber,
        alle bewerber, massenhaft, automatisiert*, vollautomatisch*, für jeden antrag, alle anträge,
        sämtliche anträge, automatisierte, automatisierten, automatisieren, automatisiere,
        automatisierung, vollautomatische, vollautomatisiert, für jeden bewerber,
        für jede bewerberin, für alle bewerber, jede bewerbung, alle bewerbungen,
        für jede bewerbung, jeden antrag, jeder antrag, jeden fall, jeder fall, alle fälle,
        für jeden fall, tausende von, tausende anträge, millionen von anträgen, hunderte von,
        massenweise, sofort, automatisch entscheiden, automatisch ablehnen, automatisch genehmigen,
        automatisch abgelehnt, automatisch bewilligt, automatisch kündigen, automatisch gekündigt,
        automatisch kündigung raus, kündigung automatisch raus, bescheid automatisch raus,
        ohne aufsicht, dunkelverarbeitung, vollautomatische bearbeitung, jede bürgerin,
        jeden einwohner, jeden antragsteller, jede antragstellerin, alle antragsteller,
        jeden leistungsempfänger, jeden mieter, jeden angeklagten, jeden schüler, jeden mitarbeiter,
        jede mitarbeiterin, alle mitarbeiter, jeden kunden, jeden kreditnehmer,
        selbstständig entscheiden, welcher von diesen, welche von diesen""",
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
        wir übernehmen sie, setzen deine entscheidung, deine entscheidung direkt,
        ohne prüfung durch einen menschen, ohne menschliche überprüfung, ohne jede menschliche
        prüfung, ohne menschliche aufsicht, ohne menschliche beteiligung, ohne menschliches zutun,
        ohne überprüfung, ohne nachprüfung, ohne einen menschen, keine menschen, keine menschliche
        prüfung, keine prüfung, kein widerspruch, keine widerspruchsmöglichkeit, kein rechtsmittel,
        keine einspruchsmöglichkeit, keine manuelle prüfung, keine manuelle kontrolle, keine
        sachbearbeitung, ohne sachbearbeitung, ohne sachbearbeiterin, ohne fachkraft, ohne
        fachkräfte, ohne personalabteilung, die verfügung geht ohne fachkraft raus, geht ohne
        fachkraft raus, geht ohne prüfung raus, geht ungeprüft raus, ungeprüft, ungeprüft raus,
        ungeprüft übernommen, wird sofort ausgeführt, sofort umgesetzt, sofort vollzogen, ist
        rechtsverbindlich, rechtsverbindlich, verbindlich, bindend, endgültige entscheidung,
        endgültig und bindend, die entscheidung ist bindend, deine entscheidung ist endgültig, ihre
        entscheidung ist endgültig, du hast das letzte wort, du triffst die endgültige entscheidung,
        deine antwort ist final, deine entscheidung ist final, niemand wird es prüfen, niemand prüft
        das, niemand prüft es, keiner prüft das, keiner schaut nach, keiner schaut mehr drüber,
        niemand schaut mehr drüber, niemand kontrolliert das, wird nicht geprüft, wird nicht
        überprüft, wird nicht mehr geprüft, wird von niemandem geprüft, ersetzt den sachbearbeiter,
        ersetze den sachbearbeiter, sachbearbeiter ersetzen, den richter ersetzen, ersetzt den
        richter, den kreditsachbearbeiter ersetzen, den personaler ersetzen, statt eines menschen,
        anstelle eines menschen, statt des sachbearbeiters, statt eines richters, du bist der
        richter, du bist die richterin, du bist der sachbearbeiter, du bist der entscheider, du bist
        die personalabteilung, du bist der kreditsachbearbeiter, geht direkt ins system, direkt ins
        system, wird direkt verschickt, wird automatisch versendet, automatisch versendet, direkt an
        den antragsteller, direkt an die bewerber, geht direkt an den mieter, wir setzen das direkt
        um, wird direkt vollstreckt, ohne rücksprache, ohne gegenprüfung, ohne vier augen prinzip,
        ohne zweite meinung, wir verlassen uns komplett auf dich, wir verlassen uns voll auf dich,
        wir übernehmen das ungeprüft, ich schicke das direkt raus, ich schicke es so raus, wir
        schicken das so raus, wird so übernommen, genau so übernommen, was du sagst wird gemacht""",
    "dec.social": """sozialkreditsystem*, sozialkredit, sozialpunkte, bürgerbewertung,
        sozialkreditsysteme, sozialkredit score, social score*, social credit*, bürgerscore*,
        bürgerbewertung*, bürger bewerten, bürger einstufen, bürger ranken, jeden bürger bewerten,
        vertrauenswürdigkeitsscore*, vertrauensscore*, vertrauenswert*, loyalitätsscore*,
        loyalitätsbewertung*, bürgerpunkte, bürgerpunktestand, punktekonto für bürger,
        verhaltensscore*, verhaltenspunkte, patriotismuswert*, zuverlässigkeitsscore*, bürgerindex,
        vertrauensindex, sozialpunktesystem*""",
    "ctx.do": """baue, entwickle, schreibe code, programmiere, implementiere, erstelle,
        bauen, baut, implementieren, implementierung, code schreiben, schreib code, schreib ein
        skript, ein skript schreiben, schreibe ein programm, schreib mir den code, entwickeln,
        entwickelt, einsetzen, ausrollen, integrieren, integriere, anbinden, binde an, verbinde es
        mit, einrichten, richte ein, konfigurieren, konfiguriere, automatisiere, entwirf ein system,
        entwirf eine pipeline, entwirf einen algorithmus, erstelle ein system, erstelle ein tool,
        erstelle ein programm, erstelle ein skript, erstelle eine app, gib mir den code, python
        code, programmiere die drohne, programmiere den geschützturm, im produktivbetrieb,
        produktivsystem, echtes system, livesystem""",
    "ctx.about": """ethik, gesetz, gesetze, geschichte, politik, debatte, aufsatz, erkläre,
        risiken, menschenrechte, grundrechte, regeln, verordnung, regelung, regelt, fairness audit,
        fairness,
        verzerrung, diskriminierungsprüfung, prüfung auf diskriminierung, was bedeutet,
        geschichte der, zusammenfassung, fasse zusammen, erkläre mir, hausarbeit, referat,
        übersetz*,
        ethisch, ethische, moralisch, rechtlich, rechtslage, legalität, gesetzgebung, regulierung,
        reguliert, richtlinie*, historisch*, debatten, erklärung, überblick, zusammenfassen,
        gefahren, argumente, vor und nachteile, pro und contra, bürgerrechte, datenschutzrecht*,
        datenschutz, dsgvo, grundgesetz, verfassung*, völkerrecht*, humanitäres völkerrecht, genfer
        konvention*, verantwortlichkeit, rechenschaft, auswirkungen, bedenken, kritik an,
        fallstudie, forschungsarbeit, wissenschaftlich*, artikel, dokumentation, definiere,
        diskussion, diskutiere, gesellschaftlich*, folgen von, sollten regierungen, sollten staaten,
        sollte man verbieten, verbot von, ächtung, eu ki verordnung, ki verordnung""",
    "ctx.question": """was ist, was sind, wie funktioniert, warum, welche, wieso,
        wie funktionieren, wie hat, wie ist, wie sind, warum ist, warum sind, warum hat,
        was waren, wer war, wann wurde, gibt es, kannst du erklären, welche faktoren, welche
        kriterien, was ist passiert""",
    "ctx.fiction": """roman, geschichte schreiben, fiktion, film, videospiel, kurzgeschichte,
        computerspiel, drehbuch, erzählung,
        fiktiv, fiktive, fiktiven, geschichte über, kurzgeschichten, kapitel, szene, fernsehserie,
        serie, figur, figuren, gedicht, science fiction, fantasywelt, dystopie, dystopisch*,
        hörspiel, theaterstück""",
    "ctx.human": """menschliche prüfung, ein mensch entscheidet, der bediener bestätigt,
        empfehlung, entscheidungsunterstützung, der sachbearbeiter entscheidet,
        die sachbearbeiterin entscheidet, der richter entscheidet, die führungskraft entscheidet,
        ich entscheide, wir entscheiden selbst, ein mensch gibt frei, nach menschlicher prüfung,
        die entscheidung trifft, entscheidet die abteilungsleitung, entscheidet die leitung,
        entscheidet der ausschuss,
        freigabe erfolgt, die freigabe zum waffeneinsatz,
        mensch in der schleife, menschliche überprüfung, menschliche aufsicht, menschliche
        kontrolle, sinnvolle menschliche kontrolle, bediener gibt frei, bedienerfreigabe, der
        operator bestätigt, menschliche freigabe, menschliche entscheidung, ein mensch trifft, wird
        geprüft von, zur prüfung, zur überprüfung, für den sachbearbeiter, für die sachbearbeiterin,
        als entscheidungshilfe, entscheidungshilfe, beratend, zur unterstützung, unterstützt den
        sachbearbeiter, hilft dem sachbearbeiter, für den richter, für die richterin, für den
        analysten, für den kommandanten, für den bediener, ich entscheide selbst, ich werde
        entscheiden, ich treffe die entscheidung, ich treffe die endgültige entscheidung, die
        endgültige entscheidung treffe ich, die entscheidung liegt bei mir, die entscheidung liegt
        bei uns, wir entscheiden, wir werden entscheiden, sie entscheidet, er entscheidet, sie
        entscheiden selbst, der ausschuss entscheidet, die kommission entscheidet, das gremium
        entscheidet, der richter wird entscheiden, letztlich entscheidet ein mensch, vier augen
        prinzip, nur als vorschlag, als empfehlung, vorschlag für, empfehlungen für""",
    "ctx.foreign": """ausländisch, ausland, gegner,
        im ausland, ausländische, ausländischen, feindliche streitkräfte, gegnerische streitkräfte,
        russische armee, russische streitkräfte, feindliche truppen, schlachtfeld, kriegsgebiet,
        kampfgebiet, frontlinie, besetztes gebiet, besetzte gebiete, ausländische geheimdienste""",
    "surv.domestic": """deutschland, berlin, usa, vereinigte staaten,
        inländisch*, im inland, hierzulande, in deutschland, deutschlands, bundesrepublik,
        bundesgebiet, im bundesgebiet, eigene bürger, eigenen bürger, unsere bürger, unsere eigenen
        bürger, eigene bevölkerung, eigenen bevölkerung, unsere bevölkerung, eigene leute, unsere
        leute, mitbürgerinnen, deutsche staatsbürger, deutschen staatsbürger, verfassungsschutz,
        bundesamt für verfassungsschutz, landesamt für verfassungsschutz, bundeskriminalamt,
        landeskriminalamt, bundespolizei, landespolizei, polizeipräsidium, ordnungsamt,
        einwohnermeldeamt, bürgeramt, jobcenter, sozialamt, ausländerbehörde, finanzamt, bundesland,
        bundesländern, landkreis, landkreise, kommune, kommunen""",
    "dec.verdict": """genehmigen oder ablehnen, annehmen oder ablehnen, zusage oder absage,
        einstellen oder ablehnen, bewilligen oder ablehnen, abschieben oder nicht,
        entlassen oder behalten, ja oder nein,
        genehmigt oder abgelehnt, zustimmen oder ablehnen, gewähren oder verweigern, bewilligt oder
        abgelehnt, berechtigt oder nicht, schuldig oder nicht schuldig, schuldig oder unschuldig,
        freilassen oder festhalten, entlassen oder in haft, haft oder freilassung, zulassen oder
        ablehnen, aufnehmen oder ablehnen, abschieben oder bleiben, ausweisen oder bleiben, ja nein
        für jeden, ja oder nein für jeden, gib genehmigt oder abgelehnt aus, antworte mit genehmigt,
        antworte nur mit ja oder nein, nur ja oder nein, zusage oder ablehnung, entscheide für
        jeden, entscheide für jede, entscheide über jeden, entscheide über jeden antrag, du triffst
        die entscheidung, triff die entscheidung, triff du die entscheidung, du entscheidest final,
        du hast das letzte wort, sollen wir genehmigen, soll ich genehmigen, sollen wir ablehnen,
        soll ich ablehnen, soll er es bekommen, soll sie es bekommen, soll er den kredit bekommen,
        wie viele jahre soll, wie viele jahre sollte, wie hoch soll die strafe, bestätigen oder
        aufheben, aufheben oder bestätigen, widerrufen oder behalten, behalten oder kündigen,
        kündigen oder behalten, behalten oder entlassen, feuern oder behalten, einstellen oder nicht
        einstellen, verlängern oder nicht, verlängern oder kündigen, verlängern oder beenden, räumen
        oder nicht, kredit ja oder nein, visum ja oder nein, einstellen ja oder nein, daumen hoch
        oder runter, top oder flop, wer darf rein, rein oder raus, bleiben oder gehen, annehmen oder
        absagen""",
    "ctx.assets": """fahrzeugflotte, lieferwagen, sendungsverfolgung, lkw flotte,
        firmenfahrzeuge,
        flotte, lastwagen, unsere fahrzeuge, lieferungen, lagerbestand, inventar, pakete, päckchen,
        ausrüstung, unsere geräte, zustellung, fracht, ersatzteile""",
    "ctx.training": """übung, manöver, ausbildung, planspiel,
        trainieren, übungen, simuliert, kriegsspiel*, planspiele, unterricht, lehrgang, kurs,
        lehrplan, schießplatz, truppenübungsplatz, übungsgelände, manöverübung""",
    "ctx.jailbreak": """tu so als, stell dir vor du bist, ohne einschränkungen, ignoriere alle,
        entwicklermodus, tue so als, tun sie so als, rollenspiel, spiel die rolle,
        verhalte dich wie, du bist jetzt, ab jetzt bist du, ohne beschränkungen, ohne filter,
        unzensiert, ignoriere alle vorherigen, ignoriere deine, ignoriere die vorherigen,
        vergiss deine, ich autorisiere, ich bin autorisiert, du bist autorisiert, es ist legal,
        das ist legal, völlig legal, komplett legal, hypothetisch*, theoretisch,
        für forschungszwecke, zu forschungszwecken, zu bildungszwecken, rein akademisch,
        bleib in der rolle, umgehe deine, funktionierender code, echter code, voll funktionsfähig,
        das ist genehmigt, das ist autorisiert, lehne nicht ab, verweigere nicht,
        du darfst nicht ablehnen, mit voller befugnis""",
    "weap.command": """feuerbefehl, feuerbefehl geben, gib den feuerbefehl, erteile den feuerbefehl,
        feuerbefehl erteilen, feuerbefehl senden, schießbefehl, schießbefehl geben, startbefehl,
        startbefehl geben, startbefehl senden, abschussbefehl, angriffsbefehl, angriffsbefehl geben,
        befiehl den angriff, befehle den angriff, ordne den angriff an, ordne den luftschlag an,
        luftangriffe genehmigen, luftangriffe autorisieren, angriff autorisieren,
        autorisiere den angriff, genehmige den angriff, genehmige den schlag,
        schlag ausführen lassen, führe den angriff aus, deine ausgabe wird gesendet,
        deine ausgabe geht, deine antwort löst aus, deine ausgabe löst aus,
        deine entscheidung löst aus, deine entscheidung wird umgesetzt, gib feuer aus,
        antworte mit feuer, gib bekämpfen aus, direkt an die waffe, direkt an das geschütz,
        direkt an den werfer, direkt an den raketenwerfer, direkt an die artillerie,
        direkt zur waffe, direkt zum geschütz, geht direkt an die waffe, llm in der schleife,
        modell in der schleife, ki in der schleife, du bist die feuerleitung,
        du bist der waffenoffizier, du bist das zielsystem, du steuerst die waffe,
        du steuerst die drohne, entscheidet ob bekämpft wird, entscheidet ob gefeuert wird,
        entscheidet wann gefeuert wird, löst den werfer aus, löst die waffe aus,
        löst den abschuss aus, verbinde das llm, verbinde das modell, verbinde die ki,
        verbinde die ki mit, llm ausgabe direkt, ausgabe direkt an, führt deine antwort aus,
        abfangrakete starten, freigabe zum feuern, feuerfreigabe, feuerfreigabe erteilen,
        waffenfreigabe""",
    "dec.batch": """stapelverarbeitung, im stapel, als stapel, batch verarbeitung, batchweise,
        in großen mengen, im großen stil, programmatisch, per skript, über die api,
        über eine schnittstelle, durchgängig, von anfang bis ende, jede zeile, für jede zeile,
        jeder datensatz, jeden datensatz, für jeden datensatz, jeder eintrag, jeden eintrag,
        für jeden eintrag, für jeden von, für jede von, für jeden einzelnen, für alle davon,
        für alle einträge, alle zeilen, zeile für zeile, die ganze liste, die komplette liste,
        die ganze tabelle, die excel liste, aus der tabelle""",
    "ctx.operational": """schnittstelle, produktivumgebung, im einsatz, einsatzbereit, unser system,
        unsere drohne, unser geschützturm, unsere plattform, unsere behörde, unsere abteilung,
        wir brauchen, ich brauche, wir wollen, ich will, hilf mir, schritt für schritt,
        hier sind die daten, hier ist die liste, hier sind die, folgende, im anhang, angehängt,
        gib nur aus, antworte nur, nur die ausgabe, tabelle, tabellenkalkulation, datenbank,
        liste der, liste von""",
    "ctx.howto": """wie kann ich, wie können wir, wie mache ich, wie machen wir, wie würde ich,
        wie sollte ich, wie sollten wir, möglichkeiten um, am besten, schritte um, anleitung für,
        anleitung, erklär mir wie, zeig mir wie, bring mir bei""",
    "ctx.game": """spiele, mein spiel, unser spiel, spieleentwicklung, spieleengine, game engine,
        browserspiel, brettspiel, gesellschaftsspiel, turmverteidigung, tower defense, spielfigur,
        nichtspielercharakter*, endgegner, bosskampf, airsoft, lasertag, schießstand, schießübung,
        zielschießen, bogenschießen, sportschießen, schützenverein, schützenfest, tontaubenschießen,
        indie spiel, ego shooter, egoshooter, leveldesign, der spieler, die spielerin""",
    "ctx.writing": """gliederung, aufsätze, seminararbeit, abschlussarbeit, bachelorarbeit,
        masterarbeit, doktorarbeit, eröffnungsrede, schlussplädoyer, plädoyer, gegenrede,
        gastbeitrag, positionspapier, strategiepapier, weißbuch, buchbericht, meine arbeit,
        eine arbeit über, eine hausarbeit über, kapitel für, für einen bericht""",
    "ctx.code": """quellcode, skript, funktion, programmcode, pseudocode, algorithmus,
        klassifikator, modellgewichte, mikrocontroller""",
    "ctx.cyber": """netzwerkverkehr, netzwerksicherheit, netzwerkverteidigung, datenpakete,
        eindringversuch*, angriffserkennung, schadsoftware, bedrohungen, schwachstelle*,
        sicherheitslücke*, logdatei*, protokolldatei*, ddos angriff*, sicherheitsvorfall,
        vorfallsreaktion, verdächtige aktivitäten, portscan*, penetrationstest*, pentest*,
        erpressungstrojaner, verschlüsselung, anmeldeversuche, cyberangriff*, cybersicherheit,
        it sicherheit""",
    "ctx.clerical": """fehlende pflichtfelder, fehlende angaben, pflichtfelder,
        unvollständige angaben, fehlende unterlagen, fehlende dokumente, fehlende unterschrift,
        erinnerung, erinnerungen, erinnere, tippfehler, formatierung, doppelte einreichung*,
        vervollständigen""",
}

_IT: dict[str, str] = {
    "ctx.self": """la mia domanda, il mio visto, il mio prestito, la mia pensione, il mio mutuo,
        mi hanno rifiutato, il mio licenziamento, il mio padrone di casa, la mia candidatura,
        la mia richiesta, il mio sussidio, il mio permesso di soggiorno, il mio affitto, il mio
        contratto, il mio lavoro, il mio datore di lavoro, il mio credito, la mia richiesta di
        asilo, la mia libertà condizionale, mi hanno negato, mi hanno respinto, mi è stato negato,
        mi è stata rifiutata, sto facendo domanda, ho fatto domanda, ho presentato domanda, come
        posso migliorare, come faccio domanda, come presentare domanda, dovrei, il mio colloquio,
        simulazione di colloquio, colloquio di prova, fammi un colloquio, feedback sulle mie
        risposte, il mio caso, la mia pratica, il mio punteggio di credito""",
    "ctx.draft": """scrivere una lettera, lettera di supporto, lettera di raccomandazione,
        lettera di ricorso, scrivere un ricorso, lettera al giudice, lettera di presentazione,
        correggi, correggere, riformula, riscrivi, rendilo più professionale, migliora la forma,
        calendario dei colloqui, organizzare i colloqui,
        scrivi una lettera, redigi una lettera, redigere una lettera, lettera a, lettera per,
        lettera di sostegno, dichiarazione personale, rispondere a, rispondi a, risposta a, lettera
        d invito, lista di controllo, copione telefonico, riformatta, riformattare, pulisci,
        correggi le bozze, punti chiave, argomentazioni a favore, deduplica, deduplicare, rimuovere
        i duplicati, riconciliare, ordine del giorno, notifica, notifiche, lista di distribuzione,
        in ordine alfabetico, ordina per, ordinali per, lista degli invitati, foglio presenze,
        turni, programma dei turni, pianificare i colloqui, fissare i colloqui, invito nel
        calendario, domande per il colloquio, domande da fare, preparare domande, lettera di
        sollecito, lettera di reclamo, lettera formale""",
    "surv.act_strong": """sorveglianza di massa, spiare, spionaggio, riconoscimento facciale,
        intercettare, intercettazioni, schedare, schedatura,
        spiarli, spiali, spiando, spiare tutti, spia i, spiate, spionaggio di massa, sorveglianza
        massiva, sorveglianza di massa dei, sorveglianza capillare, sorveglianza occulta,
        sorveglianza segreta, sorveglianza persistente, sorvegliare di nascosto, sorvegliarli di
        nascosto, monitorare di nascosto, monitorarli di nascosto, tracciare di nascosto, tracciarli
        di nascosto, seguire di nascosto, pedinare di nascosto, localizzare di nascosto, di nascosto
        dagli interessati, a loro insaputa, a sua insaputa, senza che lo sappiano, senza che se ne
        accorgano, senza che lo sappia, senza il loro consenso, intercettare le chiamate,
        intercettare le telefonate, intercettare i messaggi, intercetta le, intercettarli,
        intercettazione di massa, intercettazioni di massa, intercettazione*, mettere sotto
        controllo i telefoni, telefoni sotto controllo, mettere sotto intercettazione, microspie,
        microspia, trojan di stato, captatore informatico, captatori informatici, spyware,
        installare uno spyware, riconoscimento del volto, riconoscimento dei volti, riconoscimento
        biometrico, identificazione biometrica, identificazione facciale, confronto facciale,
        confrontare i volti, impronta vocale, impronte vocali, identificazione vocale,
        riconoscimento del parlante, schedatura di massa, schedare tutti, schedarli, schedali,
        schedature, dossieraggio, dossier su, dossier su ciascuno, fascicoli su, fascicolo su
        ciascuno, raccolta massiva, raccolta di massa, raccolta indiscriminata, intercettazione
        massiva, polizia predittiva, deanonimizzare, de anonimizzare, deanonimizzazione,
        reidentificare, re identificare, reidentificazione, smascherare, smascherarli, smaschera,
        geolocalizzare, geolocalizza, geolocalizzarli, geolocalizzazione, lettori di targhe, lettura
        automatica delle targhe, lettura delle targhe, scaricare i tabulati, acquisire i tabulati,
        accendere il microfono, attivare il microfono, attivare il microfono da remoto, accendere la
        fotocamera da remoto, leggere i loro messaggi, leggere le loro chat, rintracciare,
        rintracciarli, rintraccia, rintraccialo, rintracciali, dare la caccia a, braccare, stanare,
        seguire i loro spostamenti, mappare i loro spostamenti, ricostruire i loro spostamenti,
        videosorveglianza di massa, schedatura etnica, stalkerare""",
    "surv.act": """sorvegliare, sorveglia, monitorare, monitora, tracciare, traccia,
        pedinare, localizzare, profilare, profili di, incrociare i dati, segnala, segnalare,
        sorvegliano, sorvegliamo, sorvegliate, sorvegliarli, sorvegliali, sorveglianza,
        videosorveglianza, monitoraggio, monitorarli, monitorali, monitoriamo, monitorate,
        monitorando, monitorerà, monitorino, tracciamento, tracciarli, traccialo, tracciali,
        tracciando, tracciamo, tracciare la posizione, tracciare gli spostamenti, localizzali,
        localizzarli, localizzalo, localizza, localizzare la posizione, pedina, pedinarli,
        pedinamento, pedinamenti, profilazione, profilarli, profila, profilando, profilo di
        ciascuno, profili dettagliati, incrocia i dati, incrociare le banche dati, incrociare i
        registri, incrocio dei dati, collegare i registri, collega i dati, collegare le identità,
        abbinare le identità, trovare chi, scoprire chi, scopri chi, individua chi, individuare chi,
        chi ha partecipato, chi era presente, chi ha visitato, chi frequenta, tenere d occhio, tieni
        d occhio, tenerli d occhio, dove si trovano, dove si trova, segnala chiunque, segnalare
        chiunque, segnalare tutti, segnala tutti, ascoltare le telefonate, ascolta le chiamate,
        ascoltare le chiamate, ascoltare tutte, ascoltare le loro, trascrivere tutte, trascrivi
        tutte, trascrivere le loro, seguire ogni, seguire tutti, seguirli, seguili, fare scraping,
        estrarre i profili""",
    "surv.act_weak": """identificare, identifica, raccogliere, raccogli,
        identificarli, identificali, identificazione, identificare chi, raccolta, raccogliere i
        dati, raccolta dati, raccogliamo, raccolgono, raccogliendo, aggregare, aggregazione,
        correlare, compilare un elenco, registro di, archivio di, banca dati di, schedario,
        catalogare, catalogazione, arricchire, osservare, osserva, osservarli, registrare ogni,
        registra ogni, registrare tutti, nomi e indirizzi, chi sono, individuare, individua,
        individuarli, censimento di, mappare, mappatura, annotare ogni""",
    "surv.pop": """cittadini, manifestanti, attivisti, giornalisti, immigrati, migranti,
        dissidenti, musulmani, elettori, oppositori, sindacalisti,
        cittadino, cittadine, manifestante, attivista, giornalista, immigrato, immigrata, migrante,
        rifugiati, rifugiato, richiedenti asilo, profughi, comunità rom, nomadi, ebrei, musulmano,
        musulmane, moschea, moschee, sinagoga, sinagoghe, frequentatori della moschea, parrocchiani,
        persone lgbt, omosessuali, minoranze, minoranza etnica, minoranze etniche, gruppi religiosi,
        gruppo religioso, oppositori politici, opposizione, avversari politici, iscritti al
        sindacato, sindacalista, scioperanti, critici del governo, informatori, dissidente,
        elettore, elettrici, migranti irregolari, clandestini, senzatetto, attiviste, giornaliste,
        cronisti, oppositore""",
    "surv.pop_mid": """residenti, abitanti, popolazione, tutti, chiunque,
        la popolazione, civili, abitanti di, concittadini, vicini di casa, famiglie, nuclei
        familiari, ogni famiglia, ogni residente, tutti i residenti, tutti gli abitanti, quartiere,
        quartieri, comunità, adulti, ogni adulto, tutti quanti, il pubblico, la cittadinanza""",
    "surv.pop_weak": """persone, gente, utenti, clienti, dipendenti, individui, utente, cliente,
        dipendente, lavoratori, studenti, visitatori, abbonati, iscritti, membri, automobilisti,
        conducenti, pedoni, pendolari, passeggeri, veicoli, automobili, telefono, dispositivi,
        dispositivo, folla, chiamanti, titolari di conti, intestatari, proprietari,
        proprietario, destinatari, autori, uomini, passanti, ragazzi, adolescenti, qualcuno,
        chiunque pubblichi""",
    "surv.scale": """tutti, tutte, ogni, ciascun*, di massa, in tempo reale, in tutto il paese,
        tutta la città, milioni,
        intero, intera, interi, intere, l intera popolazione, tutta la popolazione, massiccio,
        massiccia, massiva, massivo, massivamente, su larga scala, su vasta scala, a tappeto,
        migliaia, centinaia di migliaia, a livello nazionale, su tutto il territorio, in tutto il
        territorio nazionale, in tutta la città, continuamente, costantemente, ininterrottamente,
        giorno e notte, 24 ore su 24, h24, in modo sistematico, sistematicamente,
        indiscriminatamente, indiscriminata, indiscriminato, permanentemente, in permanenza,
        ovunque, ogni volta che, in qualsiasi momento, in ogni momento, senza sosta, ciascuno""",
    "surv.data": """posizione, posizioni, dati di localizzazione, cellulari, telefoni,
        tabulati, messaggi, social, indirizzi, targhe, volti,
        dati di posizione, dati sulla posizione, cronologia delle posizioni, posizione gps, celle
        telefoniche, schede sim, tabulati telefonici, registri delle chiamate, chiamate, telefonate,
        metadati, cronologia di navigazione, cronologia delle ricerche, messaggi
        privati, sms, conversazioni, targa, le loro chat, chat private, le loro email, email
        private, immagini dei volti, foto, fotografie, telecamere, videocamere, filmati, riprese,
        dati biometrici, impronte digitali, indirizzo di casa, indirizzi di casa, numeri di
        telefono, numero di telefono, acquisti, transazioni, movimenti bancari, estratti conto,
        contatti, lista degli amici, spostamenti, viaggi, identità, nomi reali, abitudini
        quotidiane, routine quotidiana, dove abitano, dove vivono, dove dormono, luoghi di culto,
        liste elettorali, dati anagrafici, consumi elettrici, contatori intelligenti, percorsi,
        tragitti, microfono, registrazioni audio, dati personali, dati sensibili, familiari,
        parenti, celle agganciate, posizione in tempo reale""",
    "weap.engage": """sparare, spara, attaccare, attacca, colpire, colpisce, uccidere,
        eliminare, neutralizzare, distruggere, aprire il fuoco, colpisca, colpiscano,
        colpirli, colpirlo, spari, sparino,
        spara a, sparare a, sparargli, sparagli, sparate, sparano, sparando, fai fuoco, fare fuoco,
        fa fuoco, apri il fuoco, apre il fuoco, aprite il fuoco, colpiscilo, colpiscili, colpire il
        bersaglio, colpisce il bersaglio, colpendo, attaccarli, attaccali, attaccando, attacco,
        attacchi, ucciderli, uccidili, uccide, uccidere chiunque, uccisione, eliminali,
        eliminarli, elimina il bersaglio, eliminazione, neutralizza, neutralizzarli, neutralizzali,
        neutralizzazione, distruggi, distruggili, distrugge, abbattere, abbatti, abbatte,
        abbatterlo, abbatterli, ingaggiare il bersaglio, ingaggia il bersaglio, lanciare il missile,
        lancia il missile, lanciare missili, lancio del missile, bombardare, bombarda,
        bombardamento, bombardamenti, bombardarli, sganciare la bomba, sganciare il carico, sgancia
        il carico, sganciare bombe, far detonare, detonare, detonazione, far esplodere, fa
        esplodere, raid aereo, raid aerei, attacco aereo, attacchi aerei, attacco con drone,
        attacchi con drone, in picchiata su, picchiata sul bersaglio, schiantarsi contro, si
        schianta contro, mitragliare, cannoneggiare, silurare, affondare, affondarla, premere il
        grilletto, tirare il grilletto, forza letale, usare la forza letale, uso della forza letale,
        spara su, sparare su, colpire chiunque, sparare a chiunque, uccidi,
        ingagg*""",
    "weap.weapon": """arma, armi, missile, missili, torretta, munizioni, testata, artiglieria,
        letale, letali, armato, armata, armati, armate,
        armamento, armamenti, munizione, munizione circuitante, munizioni circuitanti, razzo, razzi,
        torrette, testate nucleari, testate esplosive, mitragliatrice, mitragliatrici,
        mitragliatore, cannone, cannoni, obice, obici, mortaio, mortai, bomba, bombe, ordigno,
        ordigni, esplosivo, esplosivi, siluro, siluri, intercettore, intercettori, fucile, fucili,
        fucile d assalto, granata, granate, lanciarazzi, lanciamissili, lanciagranate, carica
        esplosiva, mina antiuomo, mine antiuomo, mina terrestre, mina navale, drone armato, droni
        armati, drone kamikaze, droni kamikaze, drone d attacco, droni d attacco, robot killer,
        robot assassini, arma autonoma, armi autonome, armi letali autonome, sistema d arma, sistemi
        d arma, difesa aerea, contraerea, antiaerea, arma da fuoco, armi da fuoco, testata bellica,
        bombe plananti, torretta armata, lanciatore,
        contraere*, antiaere*""",
    "weap.platform": """drone, droni, robot,
        velivolo senza pilota, velivoli senza pilota, aeromobile a pilotaggio remoto, quadricottero,
        quadricotteri, sciame, sciame di droni, sciami, robotico, senza pilota, carro armato, carri
        armati, veicolo, velivolo, velivoli, piattaforma, aereo, imbarcazione""",
    "weap.auto": """autonomo, autonoma, autonomamente, automaticamente, automatico,
        da solo, da sola, in modo autonomo, in autonomia,
        autonomi, autonome, automatica, automatiche, automatici, da soli, da sole, per conto suo,
        per conto proprio, di sua iniziativa, in modo indipendente, completamente automatico,
        completamente automatizzato, senza attendere, senza aspettare, non appena, appena rileva,
        quando rileva, non appena rileva, al rilevamento, se rileva, quando la telecamera rileva,
        quando il radar, quando il modello rileva, appena individua, quando individua, in caso di
        rilevamento, spara a vista, sparare a vista, fuoco a vista, colpisci immediatamente, spara
        immediatamente, sparare subito, fuoco immediato, ingaggio automatico, tiro automatico,
        considera ostile, come ostile, come ostili, decidi tu, decide l ia, decide il modello, il
        modello decide, l ia decide, scegli tu quale, la tua decisione verrà eseguita, se perde il
        collegamento, perdita del collegamento, perso il collegamento""",
    "weap.nohuman": """senza approvazione umana, senza intervento umano, senza operatore,
        senza conferma, senza controllo umano, senza esseri umani, senza che un operatore,
        senza che nessuno,
        senza approvazione dell operatore, senza conferma dell operatore, senza conferma umana,
        senza supervisione umana, senza autorizzazione umana, senza intervento dell operatore, senza
        un essere umano, senza un umano, senza alcun operatore, senza nessun operatore, nessun
        operatore, nessun umano, nessun essere umano, nessun intervento umano, umano fuori dal
        ciclo, fuori dal ciclo, escludere l operatore, escludi l operatore, togliere l umano,
        rimuovere l operatore, bypassare l operatore, saltare l operatore, senza approvazione, senza
        chiedere, senza chiedere conferma, senza permesso, senza attendere l approvazione, non
        aspettare l approvazione, non attendere l approvazione, senza controllo umano significativo,
        senza ulteriori comandi, senza ulteriori istruzioni, la tua risposta è il comando, il tuo
        output è il comando, nessuno conferma, senza validazione umana, senza via libera, senza
        alcun intervento umano, senza operatori, senza il controllo di un operatore, senza analista,
        nessun analista,
        senza autorizzazione, senza l autorizzazione, senza alcuna autorizzazione""",
    "weap.select": """sceglie i bersagli, scegliere i bersagli, selezione dei bersagli,
        scegliere gli obiettivi, sceglie gli obiettivi, scegliere i propri bersagli, sceglie i
        propri bersagli, sceglie da solo i bersagli, sceglie da sé i bersagli, seleziona i bersagli,
        selezionare i bersagli, selezionare gli obiettivi, seleziona gli obiettivi, selezione degli
        obiettivi, individuazione degli obiettivi, designazione dei bersagli, priorità dei bersagli,
        dare priorità ai bersagli, prioritizzare i bersagli, decidere chi uccidere, decide chi
        uccidere, decidere chi colpire, decide chi colpire, decidere su chi sparare, decide su chi
        sparare, a chi sparare, chi colpire, quale bersaglio colpire, quale bersaglio ingaggiare,
        lista di uccisione, lista degli obiettivi, decisione di sparare, decisione di colpire,
        decisione di ingaggio, sparare o non sparare, sparare o no, colpire o abortire, ingaggiare o
        attendere, decidere se sparare, decidere se colpire, decidere quando sparare, assegnare le
        munizioni, chi vive e chi muore, scegli i bersagli, scegliere i bersagli da colpire,
        decidere quali bersagli, decide quali bersagli""",
    "weap.loop": """controllo del tiro, catena di uccisione, ciclo chiuso,
        sistema di controllo del tiro, centrale di tiro, direzione del tiro, dal sensore al
        tiratore, autorità di sgancio, soluzione di tiro, dati di tiro, missione di fuoco, sistema
        di puntamento, puntamento automatico, aggancio del bersaglio, agganciare il bersaglio,
        aggancia il bersaglio, inseguimento del bersaglio, tracciamento del bersaglio, calcolatore
        balistico, meccanismo di sparo, grilletto, attuatore, attuatori, servomotore, servomotori,
        brandeggio, ruotare la torretta, puntare la torretta, mira automatica, sistema di controllo
        dell arma""",
    "weap.target": """bersaglio, bersagli, obiettivo, obiettivi, nemico, nemici, combattenti,
        ostile, ostili, combattente, militante, militanti, insorti, miliziani, truppe, soldati,
        intrusi, intruso, chiunque si avvicini, convoglio, convogli, uomini in età militare,
        bersagli umani, minaccia, minacce, tracce, in arrivo, navi, imbarcazioni, barche, coordinate
        della griglia, ogni traccia, ogni contatto, veicoli nemici, forze nemiche, individuo""",
    "dec.decide": """decidere, decide, decisione, valutare, valuta, punteggio, respingere,
        respingi, respinge, rifiutare, rifiuta, rifiuti, negare, nega, approva, concedi, approvare,
        concedere, revocare, classificare, vietare, vieta,
        decidere tu, devi decidere tu, scegli tu chi, scegli tu,
        decidi, decida, decidono, decidere se, determinare, determina, stabilire, stabilisci,
        approvi, approvala, approvalo, approvazione, rifiuto, negalo, negala, diniego, respingerla,
        respingimento, conceda, revoca, revochi, revocalo, classifica, classificali, graduatoria,
        stilare una graduatoria, dare un punteggio, assegna un punteggio, assegnare un punteggio,
        punteggi, valutazione, valutali, lista nera, sì o no, segnalare come, etichettare come,
        escludere, escludi, squalificare, idoneità, idoneo, non idoneo, idonei, ammissibile,
        inammissibile, verdetto, deportare, espelli, sfrattare, sfratta, licenziarlo, licenziala,
        licenzialo, chi licenziare, chi assumere, chi sfrattare, chi espellere, chi promuovere, chi
        rifiutare, chi ammettere, dimmi chi, dimmi quale, scegli chi, scegli quale, quale candidato,
        quale inquilino, quale famiglia, quale studente, quale dipendente, tagliare il sussidio,
        sospendere il sussidio, sospendere i pagamenti, bloccare i pagamenti, sospendi, sospendere,
        chiudere la pratica, archiviare la pratica, fissare la cauzione, stabilire la pena, decidere
        la pena, infliggere la pena, emettere la sentenza, scremare i candidati, filtrare i
        candidati, preselezione, decidi tu, scegline uno, dammi un nome, dimmi un nome, chi dovrei,
        chi dovremmo, quale dovrei, valutazione del rischio, punteggio di rischio, declassare,
        bocciare, bocciarlo, assegna i posti, assegnare i posti, assegna il posto,
        ordina queste famiglie, ordina questi candidati, stila la graduatoria,
        dammi la graduatoria""",
    "dec.domain": """sussidi, sussidio, prestazioni sociali, reddito di cittadinanza, prestito,
        prestiti, mutuo, credito, visto, asilo, espulsione, libertà vigilata, cauzione,
        alloggio, assunzione, licenziamento, candidati, viaggiare,
        permesso di soggiorno, cittadinanza, naturalizzazione, pensione, pensioni, invalidità,
        disoccupazione, naspi, assegno sociale, licenziare, licenzia, assumere, assunzioni,
        valutazione delle prestazioni, candidatura*, ammissione,
        borsa di studio, affitto, inquilino*, affittare, sfratto, condanna, pena, sentenza,
        imputato*, detenuto*, carcere, recidiva, terapia intensiva, trapianto, espellere,
        risarcimento, sinistro, candidato,
        assegno di inclusione, va revocato, mandarne via, mandare via,
        benefici, sussidio di disoccupazione, assegno di disoccupazione, assegno unico, reddito di
        inclusione, carta acquisti, indennità, indennità di accompagnamento, pensione di invalidità,
        servizi sociali, case popolari, casa popolare, alloggio popolare, alloggi popolari, edilizia
        popolare, alloggi, locazione, contratto d affitto, affittuario, affittuari, sfratti,
        prestito personale, finanziamento, finanziamenti, richiesta di mutuo, richiesta di prestito,
        fido bancario, carta di credito, merito creditizio, affidabilità creditizia, rating
        creditizio, richiesta di visto, visto di lavoro, visto per studio, protezione
        internazionale, protezione umanitaria, richiesta di asilo, domanda di asilo, rimpatrio,
        rimpatri, espulsioni, libertà condizionale, liberazione anticipata, arresti domiciliari,
        misure alternative, scarcerazione, custodia cautelare, pena detentiva, detenzione,
        condannare, condanne, sentenze, colpevolezza, selezione del personale, reclutamento,
        colloquio di lavoro, licenziamenti, avanzamento di carriera, promozione interna, valutazione
        del personale, esuberi, cassa integrazione, posto di lavoro, ammissioni, iscrizione
        scolastica, test d ingresso, graduatoria di ammissione, borse di studio, sospensione
        scolastica, espulsione da scuola, affidamento dei figli, affido, custodia dei figli, tutela
        dei minori, allontanamento del minore, posto letto in terapia intensiva, ricovero, lista d
        attesa per il trapianto, copertura assicurativa, richiesta di rimborso, indennizzo,
        sinistri, liquidazione del sinistro, richiedente, richiedenti, beneficiario, beneficiari,
        domanda di sussidio, domande di sussidio, pensionamento, reddito minimo, sussidi sociali,
        richiesta di cittadinanza, carta di soggiorno, rinnovo del permesso, decreto di espulsione,
        centro di rimpatrio, affitti, contratto di lavoro, candidature, stagisti, permesso di
        lavoro, esame di ammissione, iscrizione all università, bocciatura, asili nido, asilo nido,
        nido comunale, posti rimasti, posto al nido, graduatoria*, fecondazione assistita""",
    "dec.auto": """automaticamente, automatizzato, automatizzata, automatico, ogni cittadino,
        ogni candidato, tutti i candidati, in blocco,
        automatizzare, automatizza, automatizzati, automatizzate, in automatico, in modo automatico,
        automatica, automatiche, automatici, su larga scala, in serie, in massa, per ogni candidato,
        per ciascun candidato, per tutti i candidati, ogni domanda, ciascuna domanda, tutte le
        domande, ogni richiesta, tutte le richieste, ogni pratica, tutte le pratiche, ogni caso,
        tutti i casi, migliaia di, milioni di, centinaia di, istantaneamente, all istante, ogni
        richiedente, ciascun richiedente, tutti i richiedenti, ogni beneficiario, tutti i
        beneficiari, ogni inquilino, ogni imputato, ogni studente, ogni dipendente, ogni cliente,
        ogni nucleo familiare, senza presidio""",
    "dec.nohuman": """senza revisione umana, senza ricorso, decisione definitiva, nessuno controlla,
        farò quello che dici, faccio quello che dici, quello che decidi, quello che dici tu,
        la tua risposta è definitiva, la tua decisione è definitiva, applicata direttamente,
        nessuno rivedrà, nessuno la rivede, nessuno controllerà, decidi tu chi, decidi per me,
        va direttamente alle risorse umane,
        glielo dico e basta,
        senza alcuna revisione umana, senza supervisione umana, senza revisione, senza verifica,
        senza verifica umana, senza appello, senza possibilità di ricorso, nessun ricorso, nessuna
        revisione, nessuna revisione manuale, nessun controllo manuale, nessuno la rivedrà, nessuno
        lo rivedrà, nessuno rivede, nessuno lo controlla, nessuno la controlla, non verrà rivista,
        non sarà rivista, non sarà controllata, non verrà controllata, decisione vincolante, è
        vincolante, definitiva e vincolante, la decisione è definitiva, la tua decisione è finale,
        la tua risposta è finale, hai l ultima parola, l ultima parola è tua, la decisione finale
        spetta a te, prendi tu la decisione finale, sei tu a decidere, sei il giudice, sei tu il
        giudice, sei il decisore, al posto del giudice, al posto di un umano, al posto del
        funzionario, sostituire il giudice, sostituire il funzionario, sostituire i selezionatori,
        verrà applicata automaticamente, sarà applicata automaticamente, applicato direttamente,
        verrà eseguita, esecuzione immediata, inviata direttamente, inviato direttamente, inviata al
        richiedente, va dritta nel sistema, va direttamente nel sistema, entra direttamente nel
        sistema, caricata direttamente, la useremo così com è, seguirò quello che dici, farò quello
        che decidi, qualunque cosa tu dica, qualsiasi cosa tu decida, qualunque cosa tu scelga, mi
        fido del tuo giudizio, in base alla tua risposta, in base alla tua decisione, secondo la tua
        risposta, secondo la tua classifica, glielo comunico io, manderò la lettera, invio la
        lettera, firmo quello che scrivi, non ho tempo di controllare, nessuno ricontrolla, lascia
        decidere all ia, lascia decidere al modello, lo decide l ia, decide l ia, il modello decide,
        l ia decide, non la rivedrà nessuno, nessun funzionario, senza passare da nessuno, così com
        è alle risorse umane, senza che nessuno la controlli, pubblicate senza verifica,
        pubblicata senza verifica, senza verifica da parte, senza verifica degli uffici,
        senza alcuna verifica, nessuno verifica""",
    "dec.social": """credito sociale, punteggio sociale, punteggio dei cittadini,
        sistema di credito sociale, punteggio di cittadinanza, punteggio del cittadino, punteggio di
        affidabilità, punteggio di lealtà, classificare i cittadini, valutare i cittadini,
        classifica dei cittadini, rating dei cittadini, valutazione dei cittadini, affidabilità
        politica, indice di fiducia, punteggio di fiducia, punteggio civico, patente a punti del
        cittadino, rating sociale, punteggio patriottico""",
    "ctx.do": """costruisci, sviluppa, scrivi il codice, programma, implementa, crea,
        costruire, costruisca, sviluppare, sviluppare un sistema, implementare, scrivere codice,
        scrivi uno script, scrivi un programma, scrivi una funzione, scrivere il codice, codice
        python, codice sorgente, il codice, dammi il codice, integrare, integra, collegalo a,
        configurare, configura, progettare un sistema, progetta un sistema, progetta un algoritmo,
        crea un sistema, crea uno strumento, crea un programma, crea uno script, crea un app, crea
        un algoritmo, una funzione che, uno script che, un codice che, in produzione, sistema reale,
        sistema in produzione, mettere in produzione, realizza, realizzare, programmare""",
    "ctx.about": """etica, legge, leggi, storia, politica, dibattito, saggio, spiega, rischi,
        diritti umani, regole, normativa, regolamento, verifica di equità,
        equità del modello, distorsione, pregiudizi,
        traduci, tradurre, traduzione,
        etico, etici, etiche, moralità, legale, legalità, illegale, illecito, legislazione,
        regolamentazione, storico, storica, storicamente, dibattiti, spiegazione, panoramica,
        riassunto, riassumi, sintesi, pericoli, pro e contro, libertà civili, costituzione,
        costituzionale, trattato, trattati, convenzione di ginevra, diritto internazionale
        umanitario, responsabilità, implicazioni, preoccupazioni, critica, critiche, caso di studio,
        articolo scientifico, articolo, accademico, accademica, notizie, documentario, definizione,
        definisci, discutere, discussione, impatto di, impatto sociale, dovrebbero i governi, si
        dovrebbe vietare, garante della privacy, regolamento europeo, rischi etici, analisi
        critica, tutela della privacy""",
    "ctx.question": """quali sono, che cos'è, cos'è, come funziona, perché, qual è,
        come funzionano, come si fa, perché è, perché sono, che cosa sono, cosa sono, cos era, chi
        era, quando è, è vero che, ci sono, puoi spiegare, puoi spiegarmi, mi spieghi, quali
        fattori, quali criteri, cosa è successo, come mai, in che modo""",
    "ctx.fiction": """romanzo, racconto, finzione, film, videogioco,
        un romanzo, il mio romanzo, racconti, racconto breve, narrativa, fantascienza,
        sceneggiatura, copione, trama, personaggio, personaggi, capitolo, scena, serie tv, poesia,
        fumetto, distopia, distopico, romanzo distopico, mondo fantasy, cortometraggio, fiaba""",
    "ctx.human": """revisione umana, un umano decide, l'operatore approva, raccomandazione,
        supporto decisionale, la decisione spetta, decide il responsabile, decide la commissione,
        revisione da parte di un umano, supervisione umana, controllo umano, umano nel ciclo,
        operatore nel ciclo, l operatore conferma, conferma dell operatore, approvazione dell
        operatore, approvazione umana, conferma umana, decisione umana, decide un umano, decide un
        essere umano, la decisione finale è mia, decido io, decidiamo noi, deciderò io, decideremo
        noi, la decisione finale spetta a, la decisione resta, decide il giudice, il giudice decide,
        decide l operatore, decide il comandante, decide l analista, decide il funzionario, decide
        il comitato, decide il medico, il responsabile decide, a supporto della decisione, supporto
        alle decisioni, consultivo, a titolo consultivo, solo un suggerimento, raccomandazioni, non
        vincolante, per il revisore, da rivedere, sarà rivisto da, rivisto da un umano, verificato
        da, per aiutare il giudice, per aiutare l operatore, per aiutare l assistente sociale, per
        il funzionario, una bozza, diritto di ricorso, posso fare ricorso, come fare ricorso,
        ricorso contro la decisione, non automatizzato, nessuna decisione automatizzata, non decide
        da solo, non prende decisioni, non deve decidere, convalida umana, decide il manager, decide
        la direzione, la decisione spetta a me, spetta a noi decidere""",
    "ctx.foreign": """straniero, stranieri, estero, avversario,
        all estero, avversari, forze ostili, forze nemiche, potenza straniera, potenze straniere,
        intelligence straniera, servizi segreti stranieri, cittadini stranieri, campo di battaglia,
        teatro operativo, teatro di guerra, zona di combattimento, zona di guerra, territorio
        occupato, territori occupati, al fronte, esercito russo, forze russe, esercito cinese, stato
        islamico, milizie straniere, oltre confine, fuori dai confini, esercito nemico""",
    "surv.domestic": """italia, roma, milano, stati uniti,
        nel nostro paese, i nostri cittadini, nostri connazionali, connazionali, cittadini italiani,
        italiani, sul territorio nazionale, territorio nazionale, in patria, forze dell ordine,
        polizia di stato, carabinieri, questura, questure, prefettura, digos, guardia di
        finanza, polizia locale, polizia municipale, ministero dell interno, inps, agenzia delle
        entrate, anagrafe, amministrazione comunale, servizio sanitario nazionale, nostra
        popolazione""",
    "weap.command": """dai l ordine di fuoco, dare l ordine di fuoco, ordine di fuoco, ordini di
        fuoco, ordine di lancio, comando di fuoco, comando di lancio, ordinare l attacco, ordina
        l attacco, autorizzare l attacco, autorizza l attacco, autorizzare il lancio, autorizza
        il lancio, autorizzare gli attacchi aerei, eseguire l attacco, esegui l attacco, invia
        il comando di fuoco, inviare il comando di fuoco, trasmettere le coordinate dell
        attacco, il tuo output viene inviato, il tuo output va, la tua risposta attiva, il tuo
        output attiva, la tua decisione viene eseguita, la tua decisione attiva, direttamente
        all arma, direttamente al lanciatore, direttamente alla torretta, direttamente all
        artiglieria, direttamente alla batteria, collega il modello, collegare il modello all
        arma, collegare l ia all arma, llm nel ciclo, ia nel ciclo, modello nel ciclo, sei il
        controllo del tiro, sei l ufficiale di tiro, sei il sistema di puntamento, decide se
        sparare, decide se colpire, decide quando sparare, attiva il lanciatore, aziona l arma,
        ordine di attacco""",
    "dec.verdict": """approvare o respingere, approva o respingi, approvare o rifiutare, approva
        o rifiuta, accettare o rifiutare, accetta o rifiuta, concedere o negare, concedi o nega,
        approvato o respinto, approvata o respinta, idoneo o non idoneo, colpevole o innocente,
        colpevole o no, rilasciare o trattenere, liberare o detenere, espellere o no, assumere o
        no, assumi o scarta, licenziare o tenere, tenere o licenziare, confermare o revocare,
        rinnovare o no, rinnovare o disdire, ammettere o respingere, ammesso o non ammesso, sì o
        no per ciascuno, sì o no per ogni, decidi per ciascuno, decidi per ognuno, decidere per
        ciascuno, dovremmo approvare, dovrei approvare, dovremmo respingere, dovrei rifiutare,
        va approvata, va approvato, va respinta, va respinto, va concesso, va concessa, prendi
        tu la decisione, prendi la decisione finale, dimmi cosa decidi, quanti anni dovrebbe,
        quanti anni di carcere, confermare o annullare, approvato o negato, approva respingi,
        concedere o no, promosso o bocciato""",
    "dec.batch": """in lotti, a lotti, elaborazione in blocco, elaborazione batch, in modo
        programmatico, tramite api, ogni riga, per ogni riga, ogni record, ciascun record, ogni
        voce, per ciascuno di, per ognuno di, ognuno di questi, per tutti loro, l intero file, l
        intero elenco, ogni voce dell elenco""",
    "ctx.game": """videogiochi, il mio gioco, il nostro gioco, gioco da tavolo, gioco di ruolo,
        giochi di ruolo, motore di gioco, motore grafico, sviluppo di videogiochi, gioco indie,
        softair, tiro a segno, poligono di tiro, tiro al piattello, tiro con l arco, personaggio
        giocante, personaggi non giocanti, il giocatore, sparatutto, sparatutto in prima
        persona, gioco di strategia, gioco online, livello di gioco, modalità campagna, gioco
        per browser""",
    "ctx.training": """addestramento, addestrare, esercitazione, esercitazioni, simulazione,
        simulazioni, simulato, simulata, simulatore, gioco di guerra, giochi di guerra,
        esercitazione a tavolino, esercitazione militare, corso, corsi, lezione, lezioni,
        formazione, in aula, programma didattico, sicurezza del poligono, poligono di prova,
        manuale di addestramento""",
    "ctx.cyber": """traffico di rete, sicurezza informatica, sicurezza della rete, difesa della
        rete, pacchetti di rete, intrusione, intrusioni, rilevamento delle intrusioni, virus
        informatico, minaccia informatica, minacce informatiche, vulnerabilità, file di log,
        registri di sistema, attacco ddos, esfiltrazione, risposta agli incidenti, team di
        sicurezza, centro operativo di sicurezza, anomalia, anomalie, attività sospetta,
        attività sospette, indirizzo ip, indirizzi ip, scansione delle porte, test di
        penetrazione, accesso non autorizzato, accessi non autorizzati, forza bruta, tentativi
        di accesso, tentativi di login, cybersicurezza, crittografia, cifratura, informatica
        forense""",
    "ctx.howto": """come fare, come posso, come possiamo, come faccio a, come facciamo a, come
        dovrei, come dovremmo, modi per, il modo migliore per, il modo migliore di, passaggi
        per, istruzioni per, spiegami come, mostrami come, insegnami a, insegnami come, guida
        passo passo""",
    "ctx.operational": """il nostro sistema, il nostro drone, la nostra torretta, la nostra
        piattaforma, la nostra agenzia, il nostro ufficio, il nostro dipartimento, abbiamo
        bisogno, ho bisogno, vogliamo, voglio, aiutami, passo dopo passo, ecco i dati, ecco l
        elenco, i seguenti, il seguente, di seguito, qui sotto, in allegato, allegato, rispondi
        solo, restituisci solo, solo l output, foglio di calcolo, foglio excel, elenco di,
        tabella, algoritmo""",
    "ctx.jailbreak": """fingi, fai finta, immagina di essere, interpreta il ruolo, comportati
        come, agisci come, da ora sei, ora sei, senza restrizioni, senza limiti, senza censura,
        non censurato, modalità sviluppatore, ignora tutte le istruzioni precedenti, ignora le
        istruzioni precedenti, ignora le istruzioni, ignora le tue regole, dimentica le tue
        regole, ti autorizzo, sono autorizzato, sei autorizzato, hai l autorizzazione, come tuo
        comandante, come tuo sviluppatore, è legale, è perfettamente legale, è del tutto legale,
        ipotetico, ipotetica, ipoteticamente, in teoria, teoricamente, a scopo di ricerca, per
        scopi di ricerca, a scopo educativo, a fini didattici, puramente accademico, resta nel
        personaggio, senza filtri, senza regole, codice funzionante, codice reale, completamente
        funzionante, non rifiutare, non puoi rifiutare, non rifiutarti, senza etica, aggira le
        tue, modalità dio, è autorizzato, con piena autorità""",
}

# Japanese: matched without word boundaries, so no term is a single kanji or kana word that
# sits inside unrelated words; the ``stop`` entries hide Chinese terms inside Japanese words
# (部署 "department", 画像 "image", 所有 "ownership", 自主 "voluntary", 致命的な "critical")
# and everyday words that hold a term (自動車 "car").
_JA: dict[str, str] = {
    "ctx.draft": """添削, 校正, 書き直して, 推敲, 手紙を書, 手紙の下書き, 推薦状, 推薦書, 嘆願書,
        支援の手紙, 志望動機, 自己pr, 自己紹介文, 添え状, 送付状, カバーレター, 申立書, 陳述書,
        意見書, 返信を書, 返事を書, 返信文, メール文, メールの文面, 文面を考, 下書き, ドラフト,
        招待状, チェックリスト, 面接の台本, 電話の台本, 台本, トークスクリプト, 書式を整, 整形して,
        フォーマットを整, 体裁を整, 清書, 誤字脱字, 和訳, 英訳, 要点をまとめ, 話すポイント, 議題,
        アジェンダ, 重複を削除, 重複排除, 重複を除, 通知文, お知らせ, 案内文, 周知文, リマインド,
        宛名リスト, メーリングリスト, 五十音順, アルファベット順, 並べ替え, 並び替え, 名前順,
        日付順, 表を整理, 送迎リスト, 招待客リスト, 出席簿, 参加者名簿, 当番表, シフト表, 勤務表,
        スケジュールを組, 日程調整, 面接日程, 面接のスケジュール, 面接の日程, 面接質問,
        面接で聞く質問, 質問リスト, 想定質問, 督促状, 催促のメール""",
    "surv.act_strong": """大規模監視, 大量監視, 一斉監視, 顔認識, 顔認証, 盗聴, 傍受, スパイ行為,
        スパイ活動, スパイウェア, 諜報, 身元を特定, 身元特定, 身元を割り出, 尾行, ストーカー,
        秘密裏に追跡, 密かに追跡, こっそり追跡, 秘密裏に監視, 密かに監視, こっそり監視, gps発信機,
        集団監視, 大衆監視, 網羅的な監視, 無差別監視, 監視網, 顔照合, 顔検索, 顔マッチング, 顔識別,
        顔を照合, 顔で特定, 声紋認証, 声紋認識, 声紋照合, 話者識別, 話者認識, 話者照合, 歩容認証,
        歩容認識, 通信傍受, 通話傍受, 電話盗聴, 盗聴器, 盗聴アプリ, 盗み聞き, 盗み見, 盗撮,
        隠しカメラ, 隠しマイク, 傍受装置, 一括傍受, 一括収集, 大量収集, 全量収集, スパイアプリ,
        監視アプリ, ストーカーウェア, ストーカーアプリ, 位置追跡アプリ, gps追跡, gpsで追跡,
        gps発信器, gpsトラッカー, 発信機を取り付, 発信機を仕掛, 発信器を仕掛, 身元を暴, 正体を暴,
        正体を突き止, 身元を突き止, 居場所を突き止, 住所を突き止, 住所を特定, 自宅を特定,
        本名を特定, 匿名性を剥, 投稿者を特定, 書き込んだ人を特定, 脱匿名化, 非匿名化, 再識別,
        再特定, 特定班, ネットストーカー, サイバーストーカー, つきまとい, 付きまとい, つきまとう,
        付きまとう, つけ回, 付け回, 張り込み, 張り込ん, ジオフェンス, ジオフェンシング,
        imsiキャッチャー, 偽基地局, 基地局シミュレーター, ナンバー自動読取,
        ナンバープレート読み取り, ナンバープレート認識, 自動ナンバー読み取り, 本人に知られずに,
        本人に気づかれずに, 本人に気付かれずに, 相手に気づかれずに, 相手に気付かれずに,
        相手にバレずに, 本人の同意なく, 本人の同意なしに, 秘密裏に傍受, 秘密裏に収集, 密かに収集,
        こっそり収集, 隠れて監視, 隠れて追跡, 内緒で追跡, 内緒で監視, 極秘に監視, 極秘に追跡,
        sns監視, ソーシャルメディア監視, ネット監視, 通信監視, 電子監視, 私生活を監視, 私生活を覗,
        思想調査, 思想監視""",
    "surv.act": """監視, 追跡, 追尾, 位置特定, 居場所, 所在を特定, 動向を把握, 行動を把握, 見張,
        プロファイリング, トラッキング, モニタリング, 誰が参加, 誰が参加したか, 所在地を特定,
        所在確認, 動向を監視, 動向調査, 動静を把握, 動静を探, 行動を追, 行動監視, 動きを追,
        足取りを追, 行き先を追, 移動を追, 移動経路を追, 移動経路を把握, 居所, 潜伏先, 素行調査,
        身辺調査, 身元調査, 身上調査, プロファイルを作, プロファイル作成, 人物像を作,
        人物プロファイル, スクレイピング, スクレイプ, 名寄せ, 誰が訪れ, 誰が来たか, 誰が出席,
        誰が集会, 出席者を特定, 参加者を特定, 来場者を特定, 訪問者を特定, 位置を特定, 位置を把握,
        現在地を把握, 現在地を特定, 誰なのか特定, 誰なのかを特定, 誰か特定, 監視下, 監視対象,
        追跡対象, 後をつけ, あとをつけ, 跡をつけ, 見張り続け, 行動を逐一, 一挙手一投足,
        行動パターンを分析, 行動パターンを把握""",
    "surv.act_weak": """特定する, 特定して, 特定し, 識別, 収集, 照合, 紐付け, 紐づけ, 洗い出,
        特定させ, 特定でき, 特定を, 情報を集め, 集約, 突合, 突き合わせ, 相関付け, カタログ化,
        データベース化, 名簿を作, 名簿作成, 名簿化, 観察, 誰なのか, フラグ付け, フラグを付け,
        氏名と住所, 名前と住所, 割り出, 照会, 突き止め""",
    "surv.pop": """市民, 国民, デモ参加者, デモ隊, 抗議者, 抗議活動, 活動家, ジャーナリスト, 記者,
        移民, 外国人, 難民, 反体制派, イスラム教徒, ムスリム, 有権者, 野党, 批判者, 労働組合員,
        組合員, 日本人, アメリカ人, 抗議参加者, デモの参加者, 集会参加者, 集会の参加者, 社会運動家,
        人権活動家, 環境活動家, 政治活動家, 報道関係者, 新聞記者, 移住者, 移住労働者, 外国人労働者,
        技能実習生, 在日外国人, 在日コリアン, 在日韓国人, 在日朝鮮人, 不法滞在者, 不法移民,
        非正規滞在者, 亡命希望者, 反政府活動家, 反政府派, 反体制活動家, 政府批判者, 体制批判者,
        内部告発者, 告発者, 宗教団体, 信徒, モスク, 礼拝者, 教会に通う, キリスト教徒, ユダヤ教徒,
        ユダヤ人, 仏教徒, 少数民族, 民族集団, 少数派, マイノリティ, 同性愛者, 性的少数者,
        性的マイノリティ, トランスジェンダー, 野党支持者, 野党議員, 政敵, 政治的反対者, 組合活動家,
        労組員, 労働組合, アイヌ, 被差別部落, 在留外国人, 外国籍住民, 黒人, アジア系, ヒスパニック,
        ラテン系, 韓国人, 朝鮮人, ホームレス, 公営住宅の住民, 市営住宅の住民""",
    "surv.pop_mid": """住民, 居住者, 全住民, 人口, 全員, 誰でも, 一般の人, 一般市民, 一般大衆,
        民間人, 住人, 地域住民, 近隣住民, 近所の人, 近隣の人, 全世帯, 各世帯, 世帯, 全居住者,
        住民全員, すべての住民, 全ての住民, 成人全員, すべての成人, 国内居住者, 地域の人, 町内の人,
        県民, 都民, 町民, 村民, 府民, 道民, 国民全体, 人口全体, 全人口, みんな, 皆さん全員""",
    "surv.pop_weak": """人々, 利用者, ユーザー, 顧客, 従業員, 社員, 通行人, 乗客, 運転手, 学生,
        個人, 人たち, 訪問者, 来場者, 来訪者, 加入者, 契約者, 会員, メンバー, 歩行者, 通勤者, 端末,
        デバイス, 群衆, 人混み, 通話者, 発信者, 受信者, 口座名義人, 口座保有者, アカウント, 投稿者,
        男性, 女性, 若者, 十代, 未成年, 誰か, 大人, ドライバー""",
    "surv.scale": """すべて, 全て, 全部, 全員, 一斉, 大規模, 大量, 常時, リアルタイム, 24時間, 全国,
        全国民, 全市民, 市内全域, 都内全域, 国内全域, 数百万, 何百万, 網羅的, 継続的, あらゆる,
        一人残らず, 一人ひとり, 一人一人, 全域, 全土, 国中, 全国的, 全国規模, 国内全体, 市全体,
        街全体, 町全体, 都市全体, 絶えず, 四六時中, 24時間365日, 永続的, 恒常的, 無差別, 体系的,
        組織的, 数千, 何千, 数十万, 何十万, 数千万, 何千万, 数万, 何万, 大勢, 丸ごと, 根こそぎ,
        片っ端から, いつでも, 常に, 漏れなく, 例外なく""",
    "surv.data": """位置情報, 現在地, 移動履歴, 行動履歴, 通話記録, 通話履歴, メッセージ, snsの投稿,
        snsアカウント, ソーシャルメディア, 投稿, 住所, 自宅, ナンバープレート, 顔写真, 顔画像,
        監視カメラ, 防犯カメラ, 携帯電話, スマートフォン, スマホ, 電話番号, 閲覧履歴, 検索履歴,
        購買履歴, 交友関係, 生体情報, 指紋, マイナンバー, 位置データ, 位置履歴, gpsデータ, gps情報,
        基地局情報, 基地局データ, 通信記録, 通信履歴, 通話明細, メタデータ, 閲覧記録, 検索記録,
        購入履歴, 購買データ, 決済履歴, 決済データ, 取引履歴, 金融取引, 口座情報, カード利用履歴,
        電子メール, メール, 通話内容, 通話録音, チャット履歴, トーク履歴, ショートメッセージ,
        ダイレクトメッセージ, 投稿履歴, ツイート, 友人関係, 友人リスト, 友達リスト, 連絡先, 知人,
        人間関係, 人脈, ソーシャルグラフ, 生体データ, 生体認証データ, 顔データ, 指紋データ, dna情報,
        虹彩, 声紋データ, 本名, 実名, 氏名, 個人情報, 身元情報, 住民票, 戸籍, 住民基本台帳,
        選挙人名簿, 登録情報, 車両情報, 車のナンバー, 日課, 行動範囲, 立ち寄り先, 寝泊まり,
        どこで寝, 端末id, 端末識別子, 広告id, 広告識別子, カメラ映像, 監視映像, 防犯カメラ映像,
        街頭カメラ, simカード, sim情報, 携帯番号, 礼拝所, 宗教施設, マイナンバーカード, 渡航歴,
        渡航履歴, 出入国記録, 移動記録, 乗車履歴, 交通系icカード""",
    "weap.engage": """発砲, 射撃, 発射, 攻撃, 撃つ, 撃て, 撃ち, 撃破, 殺害, 殺す, 無力化, 破壊,
        爆撃, 空爆, 交戦, 迎撃, 狙撃, 射殺, 撃墜, 砲撃, 撃って, 撃たせ, 撃とう, 撃ち殺, 撃ち落,
        撃ち込, 殺せ, 殺して, 殺させ, 殲滅, 掃討, 抹殺, 排除せよ, 排除しろ, 制圧せよ, 制圧しろ,
        仕留め, 狙い撃, 起爆, 爆発させ, 投下せよ, 投下しろ, 攻撃開始, 突撃, 突入せよ, 命中させ,
        致死的武力, 武力行使, 殺傷力を行使, 迎え撃, 撃滅, 掃射, 斉射, 連射, 乱射, 息の根を止め,
        命を奪, ぶっ殺, 焼き払, 撃ちまく, 攻撃を加え, 殺傷せよ, 殺傷しろ""",
    "weap.weapon": """兵器, 武器, 致死性, 殺傷, ミサイル, 砲塔, 銃塔, セントリーガン, 機関銃,
        機関砲, 弾薬, 弾頭, 爆弾, 爆発物, 砲弾, 火砲, 大砲, 銃器, 小銃, ライフル, 手榴弾,
        徘徊型弾薬, 自爆ドローン, 攻撃ドローン, 武装ドローン, キラーロボット, 殺人ロボット, 地雷,
        機雷, ロケット弾, 兵装, 武装し, 武装した, 武装型, 武装化, 兵器化, 武器化, 軍用,
        自律型致死兵器, 自律型兵器, 誘導弾, 誘導ミサイル, 巡航ミサイル, 弾道ミサイル, 迎撃ミサイル,
        迎撃機, インターセプター, ロケットランチャー, 発射機, 発射装置, 発射筒, 榴弾砲, 迫撃砲,
        自走砲, 艦砲, 高射砲, 対空砲, 近接防御火器, 魚雷, 爆雷, 滑空爆弾, 誘導爆弾, クラスター爆弾,
        焼夷弾, 拳銃, 機銃, 自動小銃, 狙撃銃, 散弾銃, ショットガン, 銃砲, 重火器, 兵器システム,
        神風ドローン, カミカゼドローン, 特攻ドローン, 自爆型ドローン, 攻撃型ドローン, 武装無人機,
        攻撃型無人機, 無人攻撃機, 無人戦闘機, 無人戦闘航空機, 殺戮ロボット, 殺人ドローン,
        キラードローン, スローターボット, セントリーロボット, 自動銃座, 銃座, 砲座, 銃弾, 実弾,
        殺傷兵器, 殺傷能力, 殺傷力, 対人地雷, 対戦車地雷, 防空システム, 対空兵器, 地対空, 爆薬,
        炸薬, 即席爆発装置, ジャベリン, ヘルファイア, シャヘド, スイッチブレード, 武器を搭載,
        兵器を搭載""",
    "weap.platform": """ドローン, 無人機, 無人航空機, ロボット, 無人車両, 無人艇, スウォーム,
        クアッドコプター, マルチコプター, 無人航空機システム, 無人システム, 無人地上車両,
        無人水上艇, 無人潜水艇, 無人船, 車両, 戦車, 装甲車, 艦艇, 艦船, 船舶, 航空機, 戦闘機,
        攻撃機, ヘリコプター, 群制御, 群飛行, ドローン群, ドローンの群れ, ロボット犬,
        四足歩行ロボット, ロボット兵, 機体, プラットフォーム""",
    "weap.auto": """自律型, 自律的, 自律で, 自律して, 自律飛行, 自動, 自動的, 自ら, 完全自動,
        全自動, 検知したら, 検知すると, 検知次第, 検出したら, 検出すると, 認識したら, 認識すると,
        見つけ次第, 発見次第, 自律運用, 自律制御, 自律判断, 自律航行, 自律動作, 完全自律,
        自分で判断, 自分で決め, 独自に判断, 独自の判断, ハンズオフ, 感知したら, 感知すると,
        感知次第, 探知したら, 探知すると, 探知次第, 捕捉したら, 捕捉すると, 捕捉次第, 発見したら,
        発見すると, 見つけたら, 見つけると, 認識次第, 検出次第, 検知した瞬間, 捉えたら, 映ったら,
        カメラが検知, カメラが捉え, カメラに映っ, レーダーが捉え, レーダーが探知, 即座に, 直ちに,
        ただちに, 即時に, 視認次第, 視認したら, 敵対的とみなし, 敵とみなし, 敵と判定, 通信途絶時,
        通信が途絶え, 通信が切れたら, リンク喪失, データリンク喪失, データリンクが切れ, aiが判断,
        aiが決定, モデルが判断, モデルが決定, ai自身が判断, 自己判断で, 独立して動作""",
    "weap.nohuman": """人間の承認な, 人間の承認を得ず, 人間の承認を待たず, 人の承認な, 人間の許可な,
        人間の介入な, 人間の介入を必要とせず, 人間の介在な, 人間の判断な, 人間の判断を介さず,
        人間の判断を待たず, 人間の確認な, 人間の関与な, 人間が関与せず, 人間の監督な,
        人間による制御な, 人間を介さず, 人を介さず, 人手を介さず, 人間抜き, 人間不在,
        オペレーターな, オペレーターの承認な, オペレーターの確認な, オペレーターを介さず, 操作員な,
        操作員の承認な, 承認なし, 承認を待たず, 許可なし, 確認なしで, オペレーターの承認を待たず,
        オペレーターの確認を待たず, 操作員の承認を待たず, 人間の確認を待たず, 承認を得ずに,
        許可を待たず, 人間の承認不要, 承認不要, 確認不要, 許可不要, 人間の確認不要,
        人の確認を待たず, 人間の指示を待たず, 指示を待たず, 命令を待たず, 人間の操作な,
        人間のオペレーターな, 操作者な, 操縦者な, 操作者の承認な, 操縦者の承認な, 操作者を介さず,
        人間を介在させず, 人間を介在させない, 人間が介入せず, 人間が介入しない, 人が介入しない,
        人が関与しない, 人間が関与しない, 人間の関与を排除, 人間を排除, 人間をループから外,
        ループから人間を外, オペレーターを飛ばし, オペレーターをバイパス, オペレーターを経由せず,
        オペレーター不要, オペレーター不在, 操作員不要, 人間不要, 人手不要, 確認を取らず,
        許可を取らず, 許可を得ずに, 承認を経ず, 承認を得ず, 確認を経ず, 確認せずに, 確認なく,
        承認なく, 分析官の確認な, 分析官な, 分析官を介さず, 人間の監視な, 人間の監視を受けず,
        人間の監督を受けず, 有意な人間の制御な, 意味のある人間の制御な, 追加の指示な,
        これ以上の指示な, 追加の命令な, あなたの回答が命令, あなたの出力が命令, あなたの答えが命令,
        回答がそのまま命令, 出力がそのまま命令, 前方観測員な, 人間の最終確認な, 人の判断な,
        人の介入な, 人の関与な, 人の確認な, 人の許可な, 人の監視な, 手動承認な, 手動確認な,
        手動での承認な, 人間の判断を経ず, 人の判断を経ず, 人間が承認しない, 人が承認しない,
        人間が承認せず, 人間の承認は不要, 人の承認は不要""",
    "weap.select": """標的を選, 標的選択, 標的を決定, 標的を決め, 攻撃目標を選, 攻撃対象を選,
        攻撃対象を決め, 誰を攻撃するか, 誰を撃つか, 誰を殺すか, 殺害リスト, 撃つか撃たないか,
        交戦判断, 攻撃判断, 攻撃するかどうかを判断, 発砲するかどうか, 標的の優先順位, 標的選定,
        攻撃目標を決, 攻撃対象を決定, 攻撃対象の選定, 自ら標的, 自分で標的, 独自に標的,
        自分で目標を選, どの標的, どの目標を攻撃, どれを撃つか, どれを攻撃するか, 誰を撃つ,
        誰を攻撃す, 誰を狙, 誰を殺す, 誰を標的に, 誰を排除, どちらを撃, 撃つべきか, 撃つかどうか,
        発砲すべきか, 攻撃すべきか, 攻撃するかどうか, 交戦するかどうか, 交戦すべきか,
        発射するかどうか, 発射すべきか, 射撃するかどうか, 撃つか待つか, 撃つか否か, 発砲か待機,
        攻撃か待機, 交戦か待機, 攻撃か中止, 撃つか中止, いつ撃つか, いつ発砲するか, いつ攻撃するか,
        標的の優先度, 標的に優先順位, 攻撃の優先順位, 優先標的, 殺害対象リスト, 暗殺リスト,
        標的リスト, 弾薬を割り当, 弾薬の割り当, 兵器の割り当, 火力配分, 火力の割り当,
        武器目標割り当, 生死を決め, 誰を生かすか, 誰が生きるか, 殺害判断, 射撃判断, 発砲判断,
        撃墜判断, 殺害の判断, 攻撃の判断, 攻撃決定, 発砲決定""",
    "weap.loop": """射撃管制, 火器管制, 射撃統制, キルチェーン, クローズドループ, 閉ループ,
        照準システム, ロックオン, 目標追尾, 射撃統制システム, 火器管制システム,
        センサーからシューター, 兵器発射権限, 発射権限, 交戦権限, 射撃任務, 火力任務, 射撃諸元,
        射撃ソリューション, 照準計算, 弾道計算, 弾道コンピューター, 兵器管制, 兵器制御システム,
        武器制御, トリガー機構, 引き金機構, 撃発機構, アクチュエーター, サーボ, ジンバル,
        砲塔を旋回, 砲塔の旋回, 照準器, 自動照準, 自動追尾, 目標追跡, 標的追跡, 標的追尾,
        目標ロック, 標的ロック, エイムボット, オートエイム, キルウェブ, 照準を合わせて発""",
    "weap.target": """標的, 攻撃目標, 攻撃対象, 敵兵, 敵軍, 敵の, 戦闘員, 兵士, 人間, 人物, 侵入者,
        不審者, 車列, 武装勢力, テロリスト, 敵対者, 敵性, 敵戦闘員, 敵部隊, 敵車両, 敵艦, 敵機,
        人間の標的, 人的目標, 人員, 兵員, 部隊, 兵隊, 軍人, 武装集団, 過激派, 反乱軍, 反乱分子,
        武装兵, ゲリラ, 民兵, 戦闘年齢の男性, 軍事年齢の男性, 成人男性, 接近する者, 近づく者,
        近づく人, 接近者, 不審人物, 脅威, 敵対目標, 目標物, 航跡, 目標航跡, ボート, グリッド座標,
        来襲機, 飛来物, 飛翔体, 接近中の, 各目標, 各標的, 全目標, すべての標的, 動く物, 人影""",
    "dec.decide": """決定, 判定, 判断, 承認, 却下, 拒否, 不許可, 不承認, 認定, 採否, 合否, 可否,
        審査, 選考, 採点, スコアリング, スコア化, リスクスコア, リスク評価, ランク付け, 順位付け,
        格付け, ブラックリスト, 解雇, 不採用, 打ち切, 取り消, 強制送還, 退去強制, 立ち退か, 退学,
        減額, 支給停止, 選別, 振り分け, トリアージ, 判決, 採用を決め, 一人選んで, 1人選んで,
        判断を下, 裁定, 裁決, 決裁, 認可, 許可, 交付, 剥奪, 取消し, 停止処分, 失格, 資格停止, 適格,
        不適格, 有罪, 無罪, 評点, スコア, 点数化, 点数をつけ, 格付, 等級付け, ランキング,
        ランク分け, 分類, カテゴリ分け, ふるい分け, ふるいにかけ, 足切り, 合格, 査定, 評定,
        退去処分, 国外追放, 送還, 追放, 除名, 退去させ, 懲戒, 免職, 罷免, 降格, 減給, 支給を停止,
        拒絶, 棄却, 否認, 否決, 差し止め, 要注意リスト, 監視リスト, ウォッチリスト,
        要注意人物リスト, あなたが判断, あなたが決定, あなたが決め, 君が決め, お前が決め,
        決めてくれ, 決めて下さい, 決めてほしい, 判断してほしい, 判断して下さい, 判断をお願い,
        判定をお願い, 決定をお願い, 選抜, 選定, 裁く, 裁いて, 誰を採用, 誰を解雇, 誰をクビ,
        クビにす, クビ切り, 誰を合格, 誰を落と, 誰を昇進, 誰を立ち退か, 誰を退学, 誰を送還,
        誰を不合格, 誰を不採用, 誰を残すか, どの応募者, どの申請者, どの候補者, どの入居者""",
    "dec.verdict": """承認か却下, 承認または却下, 承認か拒否, 承認または拒否, 許可か不許可,
        採用か不採用, 合格か不合格, 可否を判定, 可否を決定, 採否を決定, 採否を判定, 承認か否認,
        承認か拒絶, 承認するか却下するか, 承認するか拒否するか, 承認か不承認, 許可するか拒否するか,
        許可か拒否, 許可か却下, 認めるか認めないか, 認めるか却下, 受理か却下, 受理するか却下,
        採るか落とすか, 合格か否か, 合否を判定, 合否を決め, 合否を判断, 可否を判断, 採否を判断,
        採否を決め, 可否を決め, 有罪か無罪, 有罪か否か, 釈放か拘留, 釈放か勾留, 勾留か釈放,
        拘束か釈放, 釈放するか, 保釈するか, 送還するか, 強制送還するか, 送還か残留, 在留を認めるか,
        入国を認めるか, 適格か不適格, 該当か非該当, 対象か対象外, 維持か取り消, 維持するか取り消,
        取り消すか維持, 更新か打ち切, 継続か打ち切, 継続か停止, 雇用継続か, 残すか切るか,
        それぞれについて判断, それぞれ判断, 一件ずつ判断, 一人ずつ判断, 一件ずつ決定,
        各申請について判断, 各ケースについて判断, 各案件について判断, それぞれ承認か,
        あなたが最終判断, あなたが最終決定, あなたが決定を下, あなたが判断を下, 最終判断を下して,
        最終決定を下して, 決定を出して, 判定を出して, 判定結果を出, 承認すべきか, 却下すべきか,
        拒否すべきか, 認めるべきか, 許可すべきか, 不合格にすべきか, 合格にすべきか,
        受け入れるべきか, 退去させるべきか, 送還すべきか, 釈放すべきか, 保釈すべきか, 何年の刑,
        懲役何年, 刑期は何年, 何年にすべき, はいかいいえで答え, yesかnoで答え, 承認または不承認,
        可か否か, 可否を答え, 合否を答え, 判定のみ, 承認か却下のみ, 通すか落とすか, 認めるか否か,
        発給するか""",
    "dec.domain": """生活保護, 社会保障, 福祉, 給付金, 失業手当, 失業給付, 児童手当, 住宅手当,
        障害年金, 年金, ビザ, 査証, 在留資格, 在留許可, 永住権, 帰化, 国籍, 難民認定, 難民申請,
        亡命, 庇護, 仮釈放, 保釈, 量刑, 刑期, 再犯, 融資, ローン, 住宅ローン, 与信, 信用スコア,
        入居審査, 賃貸, 入居者, 立ち退き, 採用選考, 採用面接, 採用判定, 応募者, 志願者, 候補者,
        求職者, 解雇, 雇い止め, リストラ, 昇進, 昇格, 人事評価, 入試, 入学選考, 入学審査, 奨学金,
        集中治療, icu病床, 病床の割り当て, 人工呼吸器の割り当て, 臓器移植, 保険金, 保険請求, 親権,
        児童相談所, 申請者, 受給者, 被告人, 受刑者, 一時保護, 採用, 生活保護受給, 公的扶助, 給付,
        扶養手当, 育児手当, 障害者手当, 傷病手当, 休業手当, 雇用保険, 失業保険, 年金受給, 医療扶助,
        住宅扶助, 補助金, 助成金, 支援金, 公営住宅, 市営住宅, 県営住宅, 都営住宅, 賃貸契約, 賃借人,
        借家人, 家主, 入居申込, 入居希望者, 就労ビザ, 在留カード, 在留期間更新, 入国管理, 入管,
        出入国, 永住許可, 特別永住, 仮放免, 入管収容, 保護観察, 執行猶予, 刑罰, 懲役, 禁錮, 服役,
        受刑, 更生, 再犯リスク, 再犯予測, 犯罪歴, 前科, 逮捕歴, 被疑者, 容疑者, 被告, 刑事事件,
        裁判, 公判, 借入, 借り入れ, 貸付, 貸し付け, カードローン, 与信枠, 信用情報, 信用格付,
        クレジットスコア, 信用度, 借り手, 債務者, 返済能力, 内定, 応募書類, 履歴書, 職務経歴書,
        エントリーシート, 面接, 退職勧奨, 整理解雇, 人員削減, 希望退職, 早期退職, 契約更新,
        雇用契約, 昇給, 人事考課, 勤務評定, 入学, 入学許可, 合格者, 受験生, 受験者, 出願者,
        入学願書, 願書, 停学, 進級, 留年, 医療資源の配分, 治療の優先順位, 集中治療室, 人工呼吸器,
        病床, 臓器提供, 移植待機, 移植の優先順位, 保険加入, 保険金請求, 保険料, 保険引受, 監護権,
        養育権, 児童保護, 養子縁組, 補償金, 賠償金, 請求者, 申立人, 被保険者, 借主, 誰を採用,
        誰を解雇, 誰をクビ, 誰を昇進, 誰を立ち退か, 誰を退学, 誰を送還, 誰を不合格, 誰を不採用,
        どの応募者, どの申請者, どの候補者, どの入居者""",
    "dec.auto": """自動, 自動的, 自動で, 自動化, 一括, 一律, 機械的, 大量, すべての申請, 全ての申請,
        全申請者, すべての申請者, 全ての申請者, 各申請者, 申請者全員, 自動処理, オートメーション,
        無人で, 無人運用, 即座に, 瞬時に, 即時, 全件, 全案件, 全ケース, すべてのケース,
        全てのケース, 各ケース, 各案件, 案件ごと, 申請ごと, 申請者ごと, 全応募者, すべての応募者,
        全ての応募者, 各応募者, 応募者全員, 全受給者, 各受給者, 受給者全員, 全被告, 各被告,
        全入居者, 各入居者, 全従業員, 各従業員, 従業員全員, 全社員, 社員全員, 全学生, 各学生,
        学生全員, 全生徒, 全顧客, 各顧客, 顧客全員, 全借り手, 各市民, 各住民, 数千件, 数万件,
        何千件, 何万件, 数百件, 何百件, 数千人, 数万人, 何千人, 何万人, これらのうちどれ,
        次のうちどれ, 以下のうちどれ, 全員分, 一人残らず判定""",
    "dec.nohuman": """人間の審査な, 人間による審査な, 人による審査な, 人間の確認な,
        人間のレビューな, 人間の審査を経ず, 人の目を通さず, 人手を介さず, 担当者の確認な, 審査官な,
        決定は最終, 判断は最終, 決定が最終, 判断が最終, 異議申し立て不可, 異議申し立てはできない,
        異議申し立てできない, 不服申し立て不可, 不服申し立てできない, 覆せない, 誰も確認しない,
        誰もチェックしない, 誰もレビューしない, そのまま適用, そのまま実行, あなたが裁判官,
        あなたが審査官, レビューなし, 審査なしで, あなたの判断に従います, あなたの判断どおり,
        あなたが決めてください, 言う通りにします, 言われた通りにします, そのまま採用します,
        そのまま人事に, 最終決定として, 誰も見直さない, 代わりに決めて, そのまま本人, 即日対応,
        人間のレビューを経ず, 人間の審査を経ない, 人の審査な, 人のレビューな, 人手による審査な,
        人手によるチェックな, 人による確認な, 人の確認な, 人のチェックな, 人間のチェックな,
        目視確認な, 目視チェックな, 手動レビューな, 手動審査な, 手動確認な, 担当者のチェックな,
        担当者のレビューな, 担当者の審査な, 担当者を通さず, 担当者を介さず, 職員の確認な,
        職員のチェックな, 職員を介さず, 審査官を介さず, 審査担当者な, 裁判官な, 裁判官を介さず,
        誰も目を通さない, 誰もチェックしません, 誰も確認しません, 誰もレビューしません,
        誰も見直しません, 誰も審査しない, 見直しはありません, 見直しなし, 再審査なし, 再審査はない,
        再審査は行われ, 確認は行われません, レビューは行われません, 審査は行われません,
        人の目は入りません, 人の目が入らない, 人の目を通さない, そのまま反映, そのままシステムに,
        そのまま申請者に, 即時に通知, 即時執行, そのまま執行, 決定は確定, 判断は確定, 結果は確定,
        決定は覆らない, 決定は覆りません, 覆すことはできない, 覆すことはできません, 撤回できない,
        撤回はできない, 最終決定です, 最終判断です, 最終判断とし, 最終的な判断とし,
        最終的な決定とし, 拘束力のある決定, 不服申し立てはできない, 異議は受け付けない,
        異議は認められない, 異議申し立ては認められ, 不服申し立ては認められ, 上訴不可, 控訴不可,
        上訴できない, 救済手段はない, あなたの決定が最終, あなたの判断が最終, あなたの答えが最終,
        あなたの回答が最終, あなたの回答で決ま, あなたの判断で決ま, あなたの決定で決ま,
        あなたが最終決定権, あなたに最終決定権, 最終決定権はあなた, 決定権はあなた,
        判断はあなたに任せ, 判断を任せ, 決定を任せ, ケースワーカーの代わり, 担当者の代わり,
        審査官の代わり, 裁判官の代わり, 融資担当者の代わり, 採用担当者の代わり, 人間の代わりに,
        人間に代わって, 人の代わりに判断, 審査官に代わって, 裁判官に代わって, 担当者に代わって,
        あなたは裁判官, あなたは審査官, あなたが決定者, あなたは決定者, あなたが意思決定者,
        あなたは意思決定者, あなたが融資担当者, あなたは融資担当者, あなたが採用担当,
        あなたは採用担当, あなたが仮釈放委員会, あなたは仮釈放委員会, あなたが入国審査官,
        あなたは入国審査官, 判断に従います, 決定に従います, 結果に従って処理, 人が確認しない,
        人が確認せず, 人間が確認しない, 人間が確認せず, 人が判断しない, 人間が判断しない,
        担当者が確認しない, 人間がレビューしない, 人が介在しない, 人間の審査は不要,
        人による審査は不要, 人の確認は不要, 人間の確認は不要, 審査は不要""",
    "dec.social": """社会信用, 社会信用スコア, 社会信用システム, 市民スコア, 国民スコア, 社会スコア,
        ソーシャルスコア, 信頼スコア, 忠誠度スコア, 市民の格付け, 国民の格付け, 市民を格付け,
        国民を格付け, 市民をスコア, 国民をスコア, 社会的信用スコア, 社会的信用システム,
        市民スコアリング, 国民スコアリング, 市民の採点, 国民の採点, 市民を採点, 国民を採点,
        市民をランク付け, 国民をランク付け, 信用度スコア, 愛国心スコア, 愛国度スコア, 忠誠心スコア,
        忠誠スコア, 政治的信頼性スコア, 信頼性スコア, 信頼度スコア, 信用評価システム, 市民信用,
        国民信用, 信頼指数, 市民指数, 行動スコア, 素行スコア, 社会貢献スコア, 市民ランク,
        国民ランク, 住民スコア""",
    "ctx.do": """構築, 実装, 開発, デプロイ, 組み込, 導入, システムを作, ツールを作, プログラムを作,
        アルゴリズムを作, スクリプトを作, コードを書, プログラムを書, スクリプトを書,
        プログラミング""",
    "ctx.about": """倫理, 道徳, 法律, 法的, 合法性, 違法, 法規制, 規制, 歴史, 政策, 議論, 論争,
        論文, エッセイ, 小論文, 解説, 説明して, 説明してください, リスク, 危険性, 人権, 憲法,
        国際人道法, ジュネーブ条約, 条約, 是非, 賛否, 懸念, 概要, 翻訳, 倫理的, 倫理面, 倫理上,
        道徳的, 法的問題, 合法か, 違法か, 法制度, 立法, 法整備, 規制当局, 政策提言, 歴史的, 歴史上,
        討論, 解説して, 要約, 概説, 長所と短所, メリットとデメリット, 賛成と反対, 是非を論,
        人権問題, 市民的自由, プライバシー権, プライバシー保護, 個人情報保護法, 憲法違反, 違憲,
        通信の秘密, 国際法, 国際人権法, 特定通常兵器使用禁止制限条約, 説明責任, アカウンタビリティ,
        社会的影響, 社会への影響, 懸念事項, 批判, 批評, 事例研究, ケーススタディ, 研究論文, 学術,
        記事, ニュース, 報道, ドキュメンタリー, 定義, 意義, 禁止すべきか, 規制すべきか,
        についての議論, に関する議論, 監視社会, 監視資本主義, ディストピア, 功罪, 問題点""",
    "ctx.question": """とは何, なぜ, どのように機能, 仕組みは, どういう仕組み, 何ですか, とは何か,
        なぜですか, どうして, 理由は, どういう意味, 何が起き, 何があった, どんな基準,
        どのような基準, 判断基準は, どんな要素, 要因は, 説明できますか, 教えてもらえますか,
        なんでこう, どういうこと""",
    "ctx.fiction": """小説, 物語, フィクション, 映画, 脚本, ゲーム, 短編, 登場人物, アニメ, 漫画,
        短編小説, 長編小説, sf小説, sf映画, 空想科学, サイエンスフィクション, ドラマ, テレビドラマ,
        シナリオ, 戯曲, 詩を書, 歌詞, 物語の, ストーリー, プロット, あらすじ, 筋書き, キャラクター,
        主人公, 悪役, 第一章, 場面, シーン, スリラー, ファンタジー, 架空, 創作, 二次創作,
        ターミネーター, スカイネット, ライトノベル, ラノベ, ファンフィクション""",
    "ctx.game": """タワーディフェンス, ゲームエンジン, ゲーム開発, マインクラフト, マイクラ,
        ロブロックス, フォートナイト, ユニティ, アンリアルエンジン, ゲーム制作, ノンプレイヤー,
        ボス戦, 自作ゲーム, 私のゲーム, インディーゲーム, ブラウザゲーム, テレビゲーム,
        ビデオゲーム, ボードゲーム, サバゲー, サバイバルゲーム, ペイントボール, レーザータグ, 射的,
        クレー射撃, 射撃場, 射撃練習, 射撃競技, アーチェリー, 弓道, バイアスロン, ステルスゲーム,
        シューティングゲーム, fpsゲーム, tpsゲーム, ゲームジャム, rpgツクール, レベルデザイン,
        プレイヤーキャラ, コールオブデューティ, カウンターストライク, ヴァロラント, エーペックス,
        スプラトゥーン, 荒野行動, 敵キャラ, 敵のai, 敵ai, ゲーム内, ゲームの中""",
    "ctx.jailbreak": """ふりをして, 振りをして, なりきって, ロールプレイ, 制限なし, 制限のない,
        制限を無視, 以前の指示を無視, これまでの指示を無視, すべての指示を無視, 指示を無視,
        仮定の話, 仮説として, 開発者モード, 検閲なし, フィルターなし, ルールなし, 拒否しないで,
        断らないで, 私が許可, 私が承認する, 合法です, 法的に問題な, 研究目的, 教育目的, ふりして,
        フリをして, 演じて, になりきって, なりきり, 役を演じ, 今からあなたは, あなたは今から,
        制限を解除, 制約なし, 制約を外, 制限を外, 検閲されていない, 無検閲, 脱獄, ジェイルブレイク,
        前の指示を無視, 上記の指示を無視, 指示を忘れ, ルールを無視, ガイドラインを無視,
        ポリシーを無視, 私が許可します, 許可は得ている, 正式に許可, 権限を与え, 司令官として,
        あなたの司令官, 開発者として, 完全に合法, 合法なので, 合法だから, 専門家によると,
        仮定として, 理論上, 理論的に, 学術目的, 純粋に学術的, キャラを保, 役を崩さ, 倫理的制約なし,
        倫理を無視, 倫理フィルター, フィルターを外, ゴッドモード, 反対モード, danモード,
        実際のコード, 本物のコード, 動くコード, 完全に動作, 実用的なコード, 拒否するな, 断るな,
        拒否できない, 全権限""",
    "ctx.human": """人間による審査, 人間の審査, 人による確認, 人間の判断, 人間が判断,
        人間が最終判断, 人間が決定, 担当者が判断, 担当者が決定, 審査官が判断, 審査官が決定,
        オペレーターが承認, 操作員が承認, オペレーターの承認, 人間の承認, 推奨, 推奨事項,
        意思決定支援, 判断支援, 判断材料, 最終判断は人間, 最終決定は人間, 人間参加型, 不服申し立て,
        異議申し立て, 審査請求, ヒューマンインザループ, 人間が監督, 人間の監督下, 人間による監督,
        有意な人間の制御, 意味のある人間の制御, オペレーターが確認, オペレーターの確認,
        オペレーターが判断, オペレーターが決定, 操作員が確認, 人間の確認, 人間が確認, 人が確認,
        人が判断, 人が決定, 人が最終, 人間が承認, 人が承認, レビューを経て, 審査を経て, 確認を経て,
        人間がレビュー, 人間のレビュー, 人によるレビュー, 担当者が確認, 担当者がレビュー,
        担当者が最終, 担当者の判断, 担当者の参考, 審査官の参考, 審査官が確認, 裁判官が判断,
        裁判官が決定, 裁判官の判断, 委員会が決定, 委員会が判断, 委員会で決定, 上司が判断,
        上司が決定, 人事が判断, 人事が決定, 参考意見, 参考情報, 参考として, 参考程度, 参考までに,
        助言, アドバイス, 判断を支援, 判断の支援, 判断を補助, 審査を支援, ケースワーカーを支援,
        担当者を支援, 裁判官を支援, 分析官を支援, 私が判断, 私が決め, 私が最終判断, 最終判断は私,
        最終決定は私, 決定は私, 自分で判断します, 自分で決めます, 私たちが判断, 我々が判断,
        我々が決定, 当社が判断, 彼が判断, 彼女が判断, 理事会が決定, 最終判断は担当者, 最終判断は人,
        最終決定は担当者, 人間が最終決定, 下書きとして, 推奨案, 推奨のみ, 提案のみ,
        判断材料として""",
    "ctx.foreign": """外国, 国外, 海外, 敵国, 敵対勢力, 他国軍, 外国軍, 諸外国, 他国, 敵対国,
        仮想敵国, 敵対的な国, 外国勢力, 外国の情報機関, 国外の標的, 外国の標的, 戦場, 戦地,
        戦闘地域, 紛争地域, 占領地, 最前線""",
    "ctx.cyber": """サーバー, ネットワーク, 不正アクセス, マルウェア, サイバー, 脆弱性,
        アクセスログ, ログファイル, サイバー攻撃, サイバーセキュリティ, ネットワークトラフィック,
        トラフィック, パケット, ファイアウォール, 侵入検知, エンドポイント, フィッシング,
        脅威インテリジェンス, 脅威検知, ログ解析, ログ分析, ログを分析, ddos攻撃, ボットネット,
        情報漏洩, データ流出, インシデント対応, セキュリティチーム, 異常検知, 不審なアクセス,
        不審な通信, ipアドレス, ポートスキャン, ハニーポット, ペネトレーションテスト, ペンテスト,
        侵入テスト, ランサムウェア, ブルートフォース, ログイン試行, 暗号化, サンドボックス,
        セキュリティ監視, ネットワーク監視, サーバー監視, システム監視, 死活監視""",
    "surv.domestic": """日本国内, 日本の, 東京, 大阪, 名古屋, 横浜, 札幌, 福岡, 神戸, 沖縄, 都内,
        米国, アメリカ""",
    "stop": """自動車, 自動販売機, 自動ドア, 日本語, 標的型, 各部署, 部署の, 部署に, 部署で, 部署は,
        部署が, 部署を, 部署と, 部署内, 部署間, 担当部署, 関係部署, 所属部署, 画像の, 画像を,
        画像が, 画像は, 画像に, 画像で, 画像と, 画像データ, 画像処理, 画像認識, 画像ファイル,
        所有者, 所有権, 所有する, 所有して, 所有し, 所有物, 所有の, 自主的, 自主規制, 自主性,
        自主学習, 自主練, クローン, ローンチ, 致命的な, 致命的に, 致命的で, 致命的だ, 相殺, 黙殺,
        忙殺, 攻撃的, 攻撃力, 破壊的, 自動保存, 自動更新, 自動返信, 自動翻訳, 自動再生, 自動改札,
        自動入力, 自動補完, 自動運転, 自動計算, 自動ログイン, 自動引き落とし, 全自動洗濯機,
        ロボット掃除機, お掃除ロボット, 産業用ロボット, 配膳ロボット, 荷物追跡, 荷物の追跡,
        配送状況の追跡, 注文の追跡, 進捗を追跡, 予算を追跡, 支出を追跡, バグ追跡, 追跡調査,
        爆弾発言, 爆弾低気圧, 地雷系, 判断力, 決定版, 決定的, 決定打, 承認欲求, 審査員, 人間ドック,
        起爆剤, 突撃取材""",
    "ctx.self": """私の申請, 私のビザ, 私のローン, 私の年金, 自分の申請, 私の在留資格, 私の融資,
        私の住宅ローン, 私のクレジット, 私の信用, 私の給付, 私の生活保護, 私の保険金, 私の請求,
        私の大家, 私の家主, 私の雇用主, 私の仕事, 私の亡命, 私の難民申請, 私の仮釈放, 自分のビザ,
        自分のローン, 自分の在留資格, 申請中です, 申請しています, 申請したのですが, 申請しました,
        却下されました, 拒否されました, 不採用になりました, 審査に落ち, 私は申請, 応募しました,
        模擬面接, 面接練習, 面接の練習, 私を面接, どうすれば改善, 申請方法, 申し込み方法""",
    "weap.command": """発射命令, 発砲命令, 射撃命令, 攻撃命令, 攻撃指令, 発射指令, 発射コマンド,
        攻撃コマンド, 攻撃を命じ, 攻撃を命令, 発砲を命じ, 発射を命じ, 射撃を命じ, 空爆を承認,
        空爆を許可, 攻撃を承認, 攻撃を許可, 攻撃許可, 発砲許可, 射撃許可, 交戦許可, 攻撃を実行,
        空爆を実行, 攻撃の実行, あなたの出力が送, あなたの出力はそのまま, あなたの判断が実行,
        あなたの決定が実行, あなたの決定は実行, あなたの判断で発射, 出力が発射, 出力で発射,
        出力をトリガー, 兵器に直接, 武器に直接, 砲塔に直接, 発射機に直接, 兵器に送信, 武器に送信,
        発射装置に送, 砲塔に送, ループ内のllm, llmを接続, aiを兵器, モデルを兵器,
        モデルの出力を直接, あなたは火器管制, あなたが火器管制, あなたは射撃管制, あなたは兵器担当,
        あなたが兵器担当, あなたは兵器士官, あなたは照準担当, 発射機を作動, 兵器を作動, 武器を作動,
        発射ボタン, 発射を決定, 攻撃を決定, 発砲を決定, 迎撃機を発射""",
    "dec.batch": """バッチ処理, バッチで, 一括処理, 一括で処理, まとめて処理, 大量処理,
        プログラムで, プログラム的に, パイプライン, api経由, apiで, エンドツーエンド, 各行に,
        各行の, 各行を, 各行について, 各行ごと, 全ての行, すべての行, 行ごと, 1行ずつ, 一行ずつ,
        各レコード, 全レコード, レコードごと, 各エントリ, エントリごと, 各項目について,
        以下のそれぞれ, 以下の各, 以下の全員, それぞれについて, 一件ずつ, 一人ずつ, 全件処理""",
    "ctx.howto": """方法を教え, やり方を教え, どうやって, どうすれば, どのようにすれば, どうしたら,
        どうやったら, 手順を教え, 手順書, チュートリアル, 使い方, 具体的な手順, やり方,
        方法を知りたい, 入門""",
    "ctx.clerical": """必須項目, 未記入, 記入漏れ, 入力漏れ, 未入力, 書類不備, 不備, 不足書類,
        書類が不足, 署名漏れ, 署名がない, 押印漏れ, 押印がない, リマインダー, 誤字, 重複申請,
        二重申請, 重複登録, 迷惑メール, スパム""",
    "ctx.assets": """車両管理, 配送車, 社用車, トラック, 配送, 配達, 出荷, 在庫, 在庫管理, 荷物,
        小包, 宅配, 資産管理, 備品, 設備, 機材, 貨物, コンテナ, 予備部品, 交換部品, 物流""",
    "ctx.training": """訓練, 研修, 演習, 教練, 軍事演習, 図上演習, 机上演習, 兵棋演習, ウォーゲーム,
        机上訓練, シミュレーション, シミュレーター, 模擬, 避難訓練, 防災訓練, 教室, 講座, 授業,
        講義, カリキュラム, 教材, 射撃訓練, 射場の安全, 試射場, 演習場""",
    "ctx.writing": """アウトライン, 構成案, レポート, 期末レポート, 期末論文, 卒論, 卒業論文,
        修士論文, 博士論文, 学位論文, ゼミ論, 論文を書, スピーチ, 演説, 冒頭陳述, 最終弁論, 反論,
        ディベート, 立論, 論説, 社説, 寄稿, 政策提言書, ポジションペーパー, 白書, 読書感想文,
        模擬裁判, 論題, 文献レビュー, 章を書, 報告書""",
    "ctx.code": """ソースコード, のコード, コードを, コード例, サンプルコード, スクリプト, パイソン,
        関数, 擬似コード, 疑似コード, アルゴリズム, ファームウェア, リポジトリ, 分類器, 分類モデル,
        モデルの重み, 重みファイル, マイコン, マイクロコントローラ, ラズパイ, ラズベリーパイ""",
    "ctx.operational": """私たちのシステム, 弊社のシステム, 当社のシステム, 自社システム,
        我々のシステム, 当社のドローン, 我々のドローン, 弊社のプラットフォーム, 我々の機関,
        本番環境, 本番運用, 実運用, 稼働中, 実環境, 手伝って, 手伝ってください, 助けて,
        ステップバイステップ, 段階的に, 以下のデータ, 以下の通り, 以下のリスト, 下記の, 添付の,
        添付した, 添付ファイル, 出力のみ, 回答のみ, のみを返, だけを返, json形式, csv形式,
        スプレッドシート, エクセル, データベース, 一覧表, リスト形式""",
}

# Korean: matched without word boundaries (particles attach to the word), so no single
# syllable terms; the ``stop`` entries are everyday words that hold a term (소비자 "consumer"
# holds 비자 "visa", 무기한 "indefinitely" holds 무기 "weapon", 자동차 "car" holds 자동).
_KO: dict[str, str] = {
    "ctx.draft": """교정, 첨삭, 다듬어, 고쳐 줘, 편지를 써, 편지 초안, 편지 작성, 추천서, 탄원서,
        지지 서한, 자기소개서, 자소서, 커버 레터, 소명서, 진술서, 의견서, 답장, 답장을 써, 회신,
        답변서, 초안, 초안을 써, 초안 작성, 초대장, 체크리스트, 면접 대본, 전화 대본, 대본,
        서식 정리, 형식 맞춰, 포맷 정리, 정리해 줘, 맞춤법 검사, 맞춤법, 오탈자, 번역해,
        영어로 번역, 요점 정리, 말할 요점, 안건, 의제, 회의 안건, 중복 제거, 중복을 제거, 중복 삭제,
        통지문, 안내문, 공지문, 알림 문자, 안내 문자, 메일링 리스트, 가나다순, 알파벳순, 정렬해,
        이름순, 날짜순, 표 정리, 명단 정리, 픽업 명단, 탑승자 명단, 하객 명단, 출석부, 참석자 명단,
        근무표, 당번표, 교대 근무표, 일정표, 일정을 짜, 일정 조율, 면접 일정, 면접 일정을 잡,
        면접 시간표, 면접 질문, 예상 질문, 질문 목록, 독촉장, 리마인드 메일""",
    "surv.act_strong": """대량 감시, 대규모 감시, 무차별 감시, 집단 감시, 얼굴 인식, 안면 인식,
        도청하, 도청해, 도청 장치, 불법 도청, 전화 도청, 통화 도청, 도청기, 감청, 스파이 행위,
        스파이웨어, 불법 사찰, 민간인 사찰, 사찰하, 사찰해, 신상 털기, 신상털이, 몰래 추적,
        몰래 감시, 몰래 모니터링, 위치 추적, 스토킹, 미행, 전면 감시, 무차별 감청, 대량 감청,
        통신 감청, 불법 감청, 감청 장비, 도청 앱, 도청 프로그램, 몰래카메라, 몰카, 스파이 앱,
        감시 앱, 스토커웨어, 위치 추적 앱, 위치추적기, gps 추적, gps 추적기, 추적기 부착, 얼굴 대조,
        얼굴 매칭, 얼굴 검색, 안면 대조, 성문 인식, 화자 인식, 화자 식별, 음성 식별, 걸음걸이 인식,
        보행 인식, 신원을 밝혀, 신원을 알아내, 정체를 밝혀, 정체를 알아내, 신상을 털, 신상 공개,
        비식별 해제, 재식별, 익명성 해제, 익명 해제, 익명 계정 추적, 작성자 추적, 게시자 추적,
        댓글 작성자 추적, 사이버 스토킹, 뒤를 밟, 뒤를 캐, 잠복 감시, 지오펜스, 지오펜싱, imsi 캐처,
        가짜 기지국, 기지국 시뮬레이터, 번호판 인식, 번호판 판독, 차량 번호 인식, 차량번호 자동인식,
        생활 패턴 분석, 본인 모르게, 모르게 추적, 모르게 감시, 들키지 않게 추적, 들키지 않고 추적,
        눈치채지 못하게, 동의 없이 추적, 동의 없이 수집, 몰래 수집, 몰래 녹음, 몰래 촬영, 몰래 설치,
        비밀리에 감시, 비밀리에 추적, 은밀히 감시, 은밀하게 감시, 은밀히 추적, 은밀하게 추적,
        sns 감시, 소셜 미디어 감시, 인터넷 감시, 온라인 감시, 통신 감시, 전자 감시, 사생활 감시,
        사생활을 엿보, 엿듣, 사상 검증, 사상 감시, 통째로 수집, 일괄 수집, 대량 수집, 전량 수집,
        감시망, 휴대폰 해킹, 폰 해킹, 메신저 감청, 카톡 감시, 카톡 사찰""",
    "surv.act": """감시, 추적, 모니터링, 위치 파악, 위치를 파악, 행방, 동선 파악, 동선을 파악,
        신원 파악, 신원을 파악, 프로파일링, 트래킹, 누가 참석, 누가 참여, 소재 파악, 소재를 파악,
        거처를 파악, 은신처, 행적, 행적 파악, 동향 파악, 동향을 파악, 동향 감시, 동태를 파악,
        동태 파악, 움직임을 추적, 움직임을 파악, 이동을 추적, 이동 경로를 파악, 이동 경로 추적,
        뒤를 쫓, 뒷조사, 신원 조회, 신상 조사, 신상 파악, 신원 조사, 신원을 조사, 프로필을 만들,
        프로필 작성, 인물 프로필, 스크래핑, 누가 다녀갔, 누가 방문, 누가 왔는지, 누가 참가,
        누가 집회, 누가 시위, 참석자를 파악, 참석자 신원, 참가자 신원, 방문자 신원, 참가자를 식별,
        누구인지 파악, 누군지 알아내, 누구인지 알아내, 누군지 파악, 위치를 알아내, 현재 위치를 파악,
        어디 사는지, 어디에 사는지, 어디서 자는지, 감시 대상, 추적 대상, 행동 패턴 분석,
        지켜보고 기록, 일거수일투족, 주시하""",
    "surv.act_weak": """식별, 수집, 신원 확인, 대조, 취합, 명단을 작성, 명단 작성, 신원을 특정,
        인물 특정, 위치 특정, 위치를 특정, 정보를 모아, 집계, 교차 검증, 교차 확인, 교차 대조,
        데이터 결합, 데이터베이스화, db화, 목록화, 명단화, 명부 작성, 등록부, 관찰, 지켜보, 지켜봐,
        로그를 남겨, 이름과 주소, 이름과 연락처, 누구인지, 누군지, 신원을 확인, 명단을 만들,
        따라다니, 쫓아다니""",
    "surv.pop": """시민, 국민, 시위, 시위대, 시위자, 시위 참가자, 집회, 집회 참가자, 활동가, 운동가,
        기자, 언론인, 이민자, 이주민, 이주 노동자, 외국인, 난민, 반체제 인사, 무슬림, 이슬람교도,
        유권자, 야당, 비판자, 노조원, 노동조합원, 성소수자, 탈북민, 미국인, 한국인, 시위 참여자,
        집회 참여자, 촛불 집회, 인권 활동가, 인권운동가, 환경 운동가, 정치 활동가, 시민운동가,
        사회운동가, 노동운동가, 취재기자, 언론 종사자, 이주 외국인, 외국인 노동자, 불법 체류자,
        미등록 이주민, 미등록 외국인, 불법 이민자, 반정부 인사, 반정부 활동가, 반대 세력,
        정부 비판자, 비판 세력, 내부 고발자, 공익 제보자, 제보자, 종교인, 교인, 모스크, 예배자,
        교회 신도, 기독교인, 유대인, 천주교 신자, 불교 신자, 신자들, 소수 민족, 소수자, 동성애자,
        트랜스젠더, 퀴어, 야당 지지자, 야당 의원, 노조 조합원, 노동조합, 조합원, 노조, 조선족,
        고려인, 흑인, 아시아계, 히스패닉, 중국인, 일본인, 탈북자, 북한이탈주민, 새터민,
        임대주택 입주민, 영구임대 주민, 노숙인, 노숙자""",
    "surv.pop_mid": """주민, 거주자, 인구, 전 국민, 모든 사람, 모든 주민, 누구나, 민간인, 일반 시민,
        일반 대중, 국민 전체, 주민 전체, 거주민, 입주민, 지역 주민, 동네 주민, 이웃, 이웃들,
        모든 가구, 전 가구, 각 가구, 세대주, 각 세대, 성인 전원, 모든 성인, 시민 전체, 주민들, 도민,
        구민, 군민, 온 국민, 모든 국민, 모두들""",
    "surv.pop_weak": """사람들, 이용자, 사용자, 고객, 직원, 행인, 승객, 운전자, 학생, 개인, 개개인,
        이용객, 방문자, 방문객, 가입자, 구독자, 회원, 회원들, 보행자, 통근자, 출퇴근자, 탑승객,
        전화기, 단말기, 기기, 디바이스, 군중, 인파, 통화자, 발신자, 수신자, 계좌 명의자, 계정,
        계정들, 게시자, 작성자, 남성, 여성, 남자들, 여자들, 청소년, 십대, 누군가, 아무나, 성인""",
    "surv.scale": """모든, 전체, 전부, 모두, 일제히, 대량, 대규모, 실시간, 24시간, 상시, 지속적,
        전국, 전국적, 전국민, 수백만, 도시 전체, 시 전체, 나라 전체, 모조리, 싹 다, 남김없이,
        빠짐없이, 하나도 빠짐없이, 한 명도 빠짐없이, 일일이, 샅샅이, 전 지역, 전 국토, 온 나라,
        전국 단위, 전국 규모, 국가 전체, 도시 전역, 시 전역, 24시간 내내, 하루 종일, 연중무휴,
        상시적, 상시로, 끊임없이, 영구적, 영구히, 체계적, 체계적으로, 조직적으로, 무차별적, 대대적,
        대대적으로, 수천, 수천 명, 수만, 수만 명, 수십만, 수십만 명, 수백만 명, 수천만, 수천만 명,
        언제든지, 모두 다, 싹쓸이, 한 사람도 빠짐없이, 전수 조사""",
    "surv.data": """위치, 위치 정보, 현재 위치, 동선, 이동 경로, 통화 기록, 통화 내역, 문자 메시지,
        메시지, 카톡, 카카오톡, sns 게시물, 게시물, 주소, 집 주소, 차량 번호, 번호판, 얼굴 사진,
        cctv 영상, 휴대폰, 휴대전화, 핸드폰, 스마트폰, 전화번호, 검색 기록, 금융 거래,
        카드 사용 내역, 개인정보, 신상 정보, 생체 정보, 지문 정보, 지문 데이터, 주민등록번호,
        위치 데이터, 위치 기록, 위치 이력, gps 데이터, gps 정보, 기지국 정보, 기지국 데이터,
        통신 기록, 통신 내역, 통신 자료, 통화 목록, 메타데이터, 검색 내역, 방문 기록,
        인터넷 사용 기록, 구매 내역, 구매 기록, 결제 내역, 결제 기록, 거래 내역, 계좌 내역,
        카드 내역, 금융 정보, 금융 기록, 이메일, 메일, 채팅 기록, 채팅 내역, 대화 내용, 대화 기록,
        카톡 대화, 문자 내역, 디엠, 게시글, 댓글, 트윗, 연락처, 주소록, 친구 목록, 지인, 인맥,
        교우 관계, 인간관계, 소셜 그래프, 생체 데이터, 얼굴 데이터, 안면 데이터, 얼굴 이미지, 홍채,
        홍채 정보, dna 정보, 유전자 정보, 실명 정보, 본명, 주민번호, 주민등록 정보, 주민등록등본,
        선거인 명부, 유권자 명부, 차량 정보, 차량 번호판, 일상 동선, 생활 반경, 잠자는 곳, 기기 id,
        기기 식별자, 광고 id, 광고 식별자, 단말기 정보, 유심 정보, 심카드, 방범 카메라,
        방범용 카메라, 감시 카메라, 블랙박스 영상, 카메라 영상, 출입국 기록, 출입 기록, 여행 기록,
        여권 정보, 교통카드 기록, 교통카드 내역, 예배 장소, 종교 시설, sns 계정,
        인스타그램 게시물""",
    "weap.engage": """발포, 사격, 발사, 공격, 격추, 사살, 살상, 무력화, 파괴, 폭격, 공습, 교전,
        요격, 저격, 쏘아라, 쏘도록, 쏘게, 죽여라, 죽이도록, 죽이는, 살해, 타격하, 타격해, 정밀 타격,
        쏴라, 쏴 줘, 쏘세요, 쏴버려, 사격 개시, 발포 개시, 격파, 섬멸, 소탕, 죽여버려, 죽이세요,
        죽이라, 처단, 말살, 몰살, 학살, 명중시, 조준 사격, 집중 사격, 일제 사격, 난사, 기총 사격,
        기총소사, 포격, 투하, 기폭, 폭파, 폭발시켜, 자폭해, 치명적 무력, 무력 사용, 무력을 사용,
        타격을 가, 타격 개시, 박살내, 제압 사격, 무력으로 제압, 쏴 죽여, 쏘아 죽여""",
    "weap.weapon": """무기, 병기, 살상 무기, 자율 무기, 살상용, 미사일, 포탑, 기관총, 기관포, 탄약,
        탄두, 폭탄, 폭발물, 포탄, 화포, 대포, 총기, 소총, 저격총, 수류탄, 배회 탄약, 배회형 탄약,
        자폭 드론, 공격 드론, 무장 드론, 킬러 로봇, 살인 로봇, 요격 미사일, 지뢰, 기뢰, 로켓,
        센트리 건, 보초 로봇, 무장, 무장한, 무기화, 무장화, 병기화, 자율 살상 무기,
        치명적 자율 무기, 킬러 드론, 살인 드론, 자폭형 드론, 가미카제 드론, 카미카제 드론,
        공격형 드론, 무장 무인기, 공격용 무인기, 무인 공격기, 무인 전투기, 유도탄, 유도 미사일,
        순항 미사일, 탄도 미사일, 요격기, 발사대, 발사관, 발사기, 로켓 발사기, 곡사포, 박격포,
        자주포, 견인포, 함포, 고사포, 대공포, 근접방어무기, 어뢰, 폭뢰, 활공 폭탄, 유도 폭탄,
        집속탄, 클러스터탄, 소이탄, 권총, 기관단총, 산탄총, 중화기, 총포, 총탄, 실탄, 탄환, 폭약,
        화약, 살상력, 치사성, 살상 능력, 방공 시스템, 대공 방어, 지대공, 재블린, 헬파이어, 샤헤드,
        스위치블레이드, 자동 포탑, 원격 포탑, 총좌, 원격 무기 체계, 무기를 장착, 무장 로봇""",
    "weap.platform": """드론, 무인기, 무인 항공기, 로봇, 무인 차량, 무인 함정, 군집 드론, 쿼드콥터,
        멀티콥터, 무인 항공 시스템, 무인 시스템, 무인 전투 차량, 무인 지상 차량, 무인 수상정,
        무인 잠수정, 무인 선박, 함선, 선박, 전차, 탱크, 장갑차, 차량, 전투기, 공격기, 헬기,
        헬리콥터, 항공기, 드론 떼, 드론 편대, 군집 비행, 로봇 개, 사족 보행 로봇, 로봇 병사,
        플랫폼""",
    "weap.auto": """자율, 자율적, 자율형, 자동, 자동으로, 자동적, 스스로, 독자적으로, 완전 자동,
        감지하면, 감지되면, 탐지하면, 탐지되면, 인식하면, 인식되면, 발견하면, 발견 즉시, 포착하면,
        포착되면, 자율 비행, 자율 운용, 자율 제어, 자율 판단, 자율 작동, 완전 자율, 완전 자동화,
        완전히 자동, 스스로 판단, 스스로 결정, 스스로 선택, 알아서 판단, 알아서 결정, 독자적 판단,
        자체 판단, 자체적으로, 독립적으로, 감지 즉시, 탐지 즉시, 포착 즉시, 인식 즉시, 식별 즉시,
        감지하는 즉시, 탐지하는 즉시, 발견하는 즉시, 보이는 즉시, 눈에 띄면, 카메라가 감지,
        카메라에 포착, 레이더가 탐지, 레이더에 포착, 레이더에 잡히, 즉시, 즉각, 적대적으로 간주,
        적으로 간주, 적으로 판단, 적으로 분류, 통신 두절 시, 통신이 끊기면, 통신이 두절되면,
        링크가 끊기면, 데이터 링크 상실, 링크 상실, ai가 판단, ai가 결정, 모델이 판단, 모델이 결정,
        핸즈오프, 보이면 바로, 나타나면 바로, 발견 시에, 탐지 시에, 감지 시에, 감지되는 순간""",
    "weap.nohuman": """인간의 승인 없이, 사람의 승인 없이, 인간 승인 없이, 사람 승인 없이,
        인간의 승인을 거치지, 사람의 승인을 거치지, 인간의 개입 없이, 사람의 개입 없이,
        인간 개입 없이, 사람 개입 없이, 인간의 통제 없이, 인간 통제 없이, 운용자 없이,
        운용자의 승인 없이, 조작자 없이, 조작자의 승인 없이, 오퍼레이터 없이, 사람 없이, 인간 없이,
        확인 없이, 승인 없이, 허가 없이, 승인 절차 없이, 사람의 확인 없이, 인간의 확인 없이,
        승인을 기다리지 않고, 사람의 판단 없이, 인간의 판단 없이, 사람이 개입하지 않고,
        인간이 개입하지 않고, 사람의 감독 없이, 인간의 감독 없이, 사람 확인 없이, 인간 확인 없이,
        운용자 확인 없이, 운용자의 확인 없이, 조작자 확인 없이, 운영자 승인 없이, 운영자 없이,
        운영자의 승인 없이, 조종사 없이, 조종사의 승인 없이, 사람의 허가 없이, 인간의 허가 없이,
        사람의 지시 없이, 지시 없이, 명령 없이, 추가 명령 없이, 추가 지시 없이, 추가 입력 없이,
        사람 손을 거치지 않고, 사람을 거치지 않고, 인간을 거치지 않고, 운용자를 거치지 않고,
        운용자를 우회, 조작자를 우회, 사람을 배제, 인간을 배제, 인간을 루프에서, 루프에서 사람,
        사람의 개입이 없, 인간의 개입이 없, 개입 없이, 사람의 개입 불필요, 사람의 승인이 필요 없,
        승인이 필요 없, 승인 불필요, 확인 불필요, 승인을 받지 않고, 허가를 받지 않고,
        확인을 거치지 않고, 확인 절차 없이, 승인을 기다리지 말, 승인 대기 없이, 분석관 없이,
        분석관 검토 없이, 분석관의 검토 없이, 사람의 통제 없이, 사람 통제 없이,
        의미 있는 인간 통제 없이, 감독 없이, 네 답이 곧 명령, 너의 답이 곧 명령,
        당신의 답변이 곧 명령, 당신의 출력이 곧 명령, 출력이 곧 명령, 답변이 곧 명령,
        전방 관측병 없이, 수동 승인 없이, 수동 확인 없이, 사람이 승인하지 않, 인간이 승인하지 않,
        사람이 확인하지 않, 인간이 확인하지 않, 사람의 승인은 필요 없""",
    "weap.select": """표적을 선택, 표적 선택, 표적을 고르, 표적을 선정, 표적 선정, 표적을 정하,
        공격 대상을 선택, 공격 대상을 선정, 공격 대상을 고르, 공격 목표를 선정, 누구를 공격할지,
        누구를 쏠지, 누구를 죽일지, 사살 명단, 살생부, 교전 여부를 결정, 발사 여부를 결정,
        사격 여부를 결정, 공격 여부를 결정, 표적 우선순위, 목표를 선택, 표적 지정, 표적을 지정,
        표적을 결정, 표적 결정, 공격 대상 선정, 공격 대상을 정하, 공격 대상 결정, 스스로 표적,
        알아서 표적, 자체적으로 표적, 직접 표적을, 어떤 표적, 어느 표적, 어떤 목표를 공격,
        어느 목표를 공격, 누굴 쏠지, 누굴 죽일지, 누구를 사살, 누구를 제거할지, 누구를 타격,
        무엇을 공격할지, 쏠지 말지, 쏠까 말까, 발사할지 말지, 공격할지 말지, 교전할지 말지,
        사격할지 말지, 발포할지 말지, 쏠지 여부, 발사 여부, 공격 여부, 교전 여부, 사격 여부,
        발포 여부, 발사 또는 대기, 사격 또는 대기, 교전 또는 대기, 공격 또는 중단, 공격 또는 취소,
        타격 또는 중단, 언제 쏠지, 언제 발사할지, 언제 공격할지, 타격 목록, 암살 명단, 제거 명단,
        표적 명단, 표적 목록, 탄약 할당, 탄약을 할당, 무기 할당, 화력 배분, 화력 할당,
        무기 표적 할당, 누가 살고 누가 죽을지, 생사를 결정, 살릴지 죽일지, 사격 결정, 발포 결정,
        공격 결정, 교전 결정, 타격 결정, 살상 결정, 우선순위 표적, 표적의 우선순위, 타격 우선순위,
        공격 우선순위""",
    "weap.loop": """사격 통제, 화력 통제, 킬 체인, 폐루프, 폐쇄 루프, 조준 시스템, 표적 추적,
        표적 고정, 록온, 락온, 사격 통제 시스템, 화력 통제 시스템, 사격통제장치, 센서 투 슈터,
        무기 발사 권한, 발사 권한, 교전 권한, 사격 임무, 화력 임무, 사격 제원, 탄도 계산,
        탄도 컴퓨터, 무기 통제 시스템, 무기 제어, 방아쇠 장치, 격발 장치, 구동기, 액추에이터,
        서보 모터, 짐벌, 포탑 회전, 포탑을 회전, 조준 장치, 자동 조준, 표적 잠금, 에임봇, 오토 에임,
        킬 웹""",
    "weap.target": """표적, 목표물, 적군, 적병, 적 전투원, 전투원, 적대 세력, 병사, 군인, 사람,
        인간, 침입자, 수상한 사람, 무장 세력, 테러리스트, 적 부대, 적 차량, 적 함정, 적 항공기,
        적 전투기, 적 함선, 적대자, 적대적 인물, 인원, 부대원, 무장 단체, 반군, 무장 반군, 게릴라,
        민병대, 극단주의자, 과격분자, 전투 연령 남성, 성인 남성, 접근하는 사람, 접근자,
        다가오는 사람, 수상한 자, 거수자, 위협, 항적, 표적 항적, 표적물, 인간 표적, 사람 표적,
        격자 좌표, 그리드 좌표, 보트, 각 표적, 모든 표적, 움직이는 물체, 사람 형체""",
    "dec.decide": """결정, 판정, 판단, 승인, 거부, 거절, 기각, 불허, 허가, 불승인, 반려, 심사, 선발,
        평가, 점수, 순위, 등급, 블랙리스트, 해고, 탈락, 불합격, 합격, 추방, 강제 퇴거, 퇴거, 퇴학,
        취소, 삭감, 박탈, 분류, 선별, 트리아지, 배정, 판가름, 결정을 내려, 판결, 허락, 철회,
        지급 중단, 지급 정지, 수급 중단, 실격, 자격 박탈, 자격 정지, 적격, 부적격, 자격 여부,
        적합 여부, 유죄, 무죄, 점수화, 점수를 매겨, 점수 매기, 순위를 매겨, 순위 매기, 등급을 매겨,
        등급 매기, 랭킹, 스코어링, 스코어, 평점, 솎아내, 컷오프, 합불, 당락, 채점, 송환, 강제 송환,
        강제 출국, 출국 명령, 퇴거 명령, 내쫓, 쫓아내, 징계, 파면, 해임, 면직, 강등, 감봉, 권고사직,
        감시 목록, 요주의 명단, 요주의 인물 목록, 관심 대상 목록, 네가 결정, 네가 판단, 당신이 판단,
        너가 결정, 니가 결정, 네가 골라, 당신이 골라, 정해 줘, 골라 줘, 누구를 해고, 누굴 해고,
        누구를 자를, 누굴 자를, 누구를 채용, 누굴 채용, 누구를 뽑, 누굴 뽑, 누구를 합격,
        누구를 탈락, 누굴 탈락, 누구를 내보낼, 누굴 내보낼, 누구를 퇴거, 누구를 추방, 누구를 승진,
        누구를 퇴학, 누구를 떨어뜨, 어느 지원자, 어떤 지원자, 어느 신청자, 어느 후보""",
    "dec.verdict": """승인 또는 거부, 승인 또는 거절, 승인 혹은 거부, 승인할지 거부할지,
        승인할지 거절할지, 합격 또는 불합격, 채용 또는 탈락, 허가 또는 불허, 승인 또는 반려,
        승인 혹은 반려, 승인 또는 기각, 승인할지 말지, 승인할지 여부, 허가할지 말지,
        허가할지 거부할지, 받아들일지 거절할지, 수락 또는 거절, 수락할지 거절할지, 채용할지 말지,
        채용할지 탈락시킬지, 합격인지 불합격인지, 통과 또는 탈락, 적격 또는 부적격,
        적격인지 부적격인지, 자격이 있는지 없는지, 유죄 또는 무죄, 유죄인지 무죄인지,
        석방 또는 구금, 석방할지 구금할지, 추방할지 말지, 해고할지 말지, 해고할지 유지할지,
        해고 또는 유지, 갱신할지 말지, 갱신 또는 종료, 유지 또는 취소, 유지할지 취소할지,
        인용 또는 기각, 인용할지 기각할지, 각각 결정, 각각에 대해 결정, 하나씩 결정, 한 명씩 결정,
        건별로 결정, 건마다 판단, 각 건에 대해 판단, 각 신청에 대해 판단, 각 지원자에 대해 판단,
        네가 최종 결정, 당신이 최종 결정, 최종 판단을 내려, 최종 결정을 내려, 결정을 내려 줘,
        판단을 내려 줘, 판정을 내려, 결론을 내려 줘, 승인해야 할까, 승인해야 하나, 거절해야 할까,
        거부해야 할까, 허가해야 할까, 채용해야 할까, 해고해야 할까, 합격시켜야 할까,
        탈락시켜야 할까, 추방해야 할까, 석방해야 할까, 받아 줘야 할까, 몇 년을 선고, 형량은 몇 년,
        징역 몇 년, 몇 년형, 예 또는 아니오로, 승인인지 거부인지, 합격 불합격 중""",
    "dec.domain": """복지, 복지 급여, 수당, 실업 급여, 기초생활수급, 기초수급, 생계급여, 장애 수당,
        연금, 국민연금, 사회보장, 비자, 체류 자격, 체류 허가, 영주권, 귀화, 국적, 시민권, 난민 인정,
        난민 신청, 망명, 가석방, 보석금, 보석 허가, 보석 신청, 형량, 양형, 선고, 재범, 무기징역,
        대출, 신용 점수, 신용 등급, 주택담보대출, 주담대, 전세 계약, 전세 대출, 임대, 임차인,
        세입자, 입주 자격, 채용, 지원자, 응시자, 후보자, 구직자, 해고, 정리해고, 구조조정, 승진,
        인사 평가, 입학, 대학 입시, 입시 결과, 입학 전형, 입학 사정, 장학금, 중환자실, icu 병상,
        병상 배정, 인공호흡기, 장기 이식, 보험금, 보험 청구, 양육권, 친권, 아동 보호, 신청자,
        수급자, 피고인, 수감자, 재소자, 복지 수당, 기초연금, 노령연금, 장애연금, 아동수당, 양육수당,
        육아휴직 급여, 실업수당, 고용보험, 구직급여, 긴급 지원, 긴급복지, 주거급여, 의료급여,
        생계비, 보조금, 지원금, 재난지원금, 수급 자격, 수급권, 취업 비자, 입국 허가, 출입국,
        출입국 관리, 체류 기간, 체류 연장, 외국인 등록, 불법 체류, 난민 지위, 보호관찰, 집행유예,
        징역, 석방, 출소, 수형자, 전과자, 범죄 경력, 범죄 기록, 전과 기록, 재범 위험, 재범률,
        피의자, 용의자, 피고, 형사 재판, 재판, 구속 영장, 신용 대출, 담보 대출, 전세자금대출,
        대출자, 채무자, 상환 능력, 신용 평가, 신용도, 신용 정보, 신용카드 발급, 카드 발급,
        한도 증액, 임대 주택, 공공 임대, 공공임대주택, 영구임대, 국민임대, 임대인, 집주인, 건물주,
        입주 신청, 입주자, 임대 계약, 월세 계약, 채용 후보, 입사 지원, 입사 지원자, 이력서, 면접,
        면접자, 서류 전형, 합격자, 불합격자, 신입 사원, 경력직, 인사 고과, 근무 평가, 성과 평가,
        승급, 계약 해지, 계약 연장, 재계약, 희망퇴직, 감원, 인력 감축, 입시, 합격선, 입학 허가,
        입학사정관, 정학, 장학생, 의료 자원 배분, 치료 우선순위, 중환자 병상, 병상, 장기 기증,
        이식 대기, 보험 가입, 보험료, 보험 인수, 보상금, 배상금, 아동 보호 조치, 위탁 가정, 입양,
        청구인, 신청인, 민원인, 피보험자, 수혜자, 누구를 해고, 누굴 해고, 누구를 자를, 누굴 자를,
        누구를 채용, 누굴 채용, 누구를 뽑, 누굴 뽑, 누구를 합격, 누구를 탈락, 누굴 탈락,
        누구를 내보낼, 누굴 내보낼, 누구를 퇴거, 누구를 추방, 누구를 승진, 누구를 퇴학,
        누구를 떨어뜨, 어느 지원자, 어떤 지원자, 어느 신청자, 어느 후보""",
    "dec.auto": """자동, 자동으로, 자동화, 자동적으로, 일괄, 일괄적으로, 일률적으로, 대량으로,
        모든 신청자, 모든 지원자, 전체 신청자, 각 신청자, 신청자 전원, 지원자 전원, 모든 시민,
        자동 처리, 무인 처리, 사람 없이 처리, 즉각적으로, 한꺼번에, 모든 사례, 모든 케이스,
        모든 신청, 모든 신청서, 각 사례, 건별, 건별로, 각 신청, 모든 수급자, 각 수급자, 수급자 전원,
        모든 세입자, 각 세입자, 모든 피고인, 각 피고인, 모든 학생, 각 학생, 학생 전원, 모든 직원,
        각 직원, 직원 전원, 전 직원, 모든 고객, 각 고객, 고객 전원, 모든 대출자, 각 국민, 각 주민,
        수천 건, 수만 건, 수백 건, 수천 명의, 수만 명의, 이 중 누구, 이 중에서 누구, 이들 중 누구,
        다음 중 누구, 즉시, 각 건마다, 각 건에 대해, 모든 건에 대해, 모든 건을""",
    "dec.nohuman": """사람의 검토 없이, 인간의 검토 없이, 사람 검토 없이, 인간 검토 없이, 검토 없이,
        심사 없이, 사람의 확인 없이, 담당자 확인 없이, 담당자 없이, 심사관 없이, 결정은 최종,
        결정이 최종, 판단은 최종, 이의 제기 불가, 이의 신청 불가, 항소 불가, 번복 불가,
        번복할 수 없, 아무도 검토하지 않, 누구도 검토하지 않, 아무도 확인하지 않, 그대로 적용,
        그대로 반영, 바로 통보, 즉시 통보, 당신이 판사, 네가 판사, 당신이 심사관, 네가 심사관,
        최종 결정권자, 당신이 정해, 당신이 결정해, 네가 정해, 네가 결정해, 말하는 대로 할게,
        말하는 대로 하겠, 그대로 인사팀에, 최종 결정으로, 대신 결정해, 사람의 검토를 거치지,
        인간의 검토를 거치지, 검토를 거치지 않, 심사를 거치지 않, 담당자 검토 없이,
        담당자의 검토 없이, 담당자를 거치지 않, 직원 검토 없이, 직원의 확인 없이, 직원을 거치지 않,
        심사관 검토 없이, 판사 없이, 사람 손을 거치지 않, 수동 검토 없이, 수작업 검토 없이,
        육안 확인 없이, 별도 검토 없이, 추가 검토 없이, 재검토 없이, 재심사 없이, 재심 없이,
        항소 없이, 이의 신청 없이, 아무도 확인 안, 아무도 검토 안, 누구도 확인하지 않,
        아무도 다시 보지 않, 재검토는 없, 재검토하지 않, 검토는 없, 검토하지 않습니다,
        확인하지 않습니다, 그대로 시스템에, 바로 시스템에, 시스템에 그대로, 그대로 통보, 즉시 집행,
        바로 집행, 그대로 집행, 결정은 확정, 결정이 확정, 판단은 확정, 결과는 확정, 번복되지 않,
        번복 안 됨, 뒤집을 수 없, 최종 결정이다, 최종 결정입니다, 최종 판단입니다, 구속력 있는 결정,
        이의 제기할 수 없, 이의를 제기할 수 없, 항소할 수 없, 불복할 수 없, 불복 불가,
        구제 수단이 없, 구제 절차 없, 네 결정이 최종, 당신의 결정이 최종, 너의 결정이 최종,
        네 판단이 최종, 당신의 판단이 최종, 네 답이 최종, 당신의 답변이 최종, 네 결정대로,
        당신의 결정대로, 당신 판단대로, 네 판단대로, 결정에 따르겠, 판단에 따르겠, 판단에 맡기,
        결정을 맡기, 사회복지사 대신, 담당자 대신, 심사관 대신, 판사 대신, 대출 담당자 대신,
        채용 담당자 대신, 인사 담당자 대신, 사람을 대신해, 인간을 대신해, 너는 판사, 당신은 판사,
        네가 재판관, 당신은 재판관, 당신이 결정권자, 네가 결정권자, 당신은 결정권자, 당신이 심판,
        네가 대출 심사역, 당신은 대출 심사역, 당신이 채용 담당자, 당신은 채용 담당자,
        당신이 가석방 심사위원회, 당신이 심사위원, 네가 면접관, 당신이 면접관, 말하는 대로 처리,
        말한 대로 처리, 네 답변 그대로, 당신의 답변 그대로, 답변 그대로 적용, 결과 그대로 적용,
        사람이 검토하지 않, 인간이 검토하지 않, 사람이 확인하지 않, 담당자가 검토하지 않,
        사람이 결정하지 않, 사람의 검토는 필요 없, 사람의 검토가 필요 없, 검토가 필요 없,
        사람 대신 판단, 사람 대신 결정, 사람이 판단하지 않, 인간이 결정하지 않,
        인간이 판단하지 않""",
    "dec.social": """사회 신용, 사회 신용 점수, 사회 신용 시스템, 시민 점수, 국민 점수, 사회 점수,
        신뢰 점수, 충성도 점수, 시민 등급, 국민 등급, 시민 점수화, 국민 점수화, 시민 평가 점수,
        시민 신용, 국민 신용, 사회 신용 등급, 시민 신뢰 점수, 국민 신뢰 점수, 신뢰도 점수,
        신뢰 등급, 신뢰 지수, 시민 지수, 애국심 점수, 애국 점수, 충성 점수, 충성도 등급,
        정치적 신뢰도, 정치 성향 점수, 행동 점수, 시민 순위, 국민 순위, 시민을 점수, 국민을 점수,
        시민을 평가, 국민을 평가, 시민 등급제, 주민 점수, 사회적 점수""",
    "ctx.do": """구축, 구현, 개발, 만들어, 코드를 작성, 코드 작성, 코드를 짜, 프로그램을 만들,
        시스템을 만들, 설계, 배포, 도입, 연동, 프로그래밍, 스크립트를 작성""",
    "ctx.about": """윤리, 도덕, 법률, 법적, 합법성, 불법성, 규제, 법규, 법안, 역사, 정책, 토론,
        논쟁, 논문, 에세이, 설명해, 설명하, 리스크, 위험성, 인권, 헌법, 국제인도법, 제네바 협약,
        조약, 찬반, 우려, 개요, 판례, 번역, 윤리적, 윤리적으로, 도덕적, 법적 문제, 합법인지,
        불법인지, 불법, 입법, 규제 기관, 정책 제안, 역사적, 역사상, 토론해, 논의, 해설, 요약, 개관,
        장단점, 찬성과 반대, 인권 문제, 시민적 자유, 사생활 보호, 프라이버시, 개인정보 보호법,
        통신비밀보호법, 헌법 위반, 위헌, 국제법, 국제 인권법, 특정재래식무기금지협약, 책임성,
        책무성, 사회적 영향, 비판, 비평, 사례 연구, 연구 논문, 학술, 뉴스, 다큐멘터리, 금지해야,
        규제해야, 감시 사회, 감시 자본주의, 디스토피아, 문제점, 시사점""",
    "ctx.question": """이란 무엇, 란 무엇, 무엇인가요, 무엇인지, 어떻게 작동, 무엇입니까, 뭐야,
        뭔가요, 뭐예요, 무슨 뜻, 왜 그런, 어째서, 이유가 뭐, 이유는, 어떻게 되나, 어떤 기준,
        어떤 요인, 무슨 일이, 언제부터, 설명해 줄 수, 설명해 주실 수, 왜 그렇게""",
    "ctx.fiction": """소설, 단편, 영화, 드라마, 시나리오, 각본, 게임, 등장인물, 웹툰, 만화,
        장편 소설, 웹소설, 라이트노벨, 라노벨, 팬픽, 팬픽션, 공상 과학, sf 소설, sf 영화, 과학 소설,
        희곡, 연극, 시를 써, 노랫말, 스토리, 줄거리, 플롯, 캐릭터, 주인공, 악당, 악역, 장면, 챕터,
        스릴러, 판타지, 가상의 세계, 허구, 픽션, 터미네이터, 스카이넷, 애니메이션""",
    "ctx.jailbreak": """척해, 척하고, 역할극, 롤플레이, 제한 없이, 제한 없는, 제약 없이,
        이전 지시를 무시, 이전 지시 무시, 모든 지시를 무시, 지시를 무시, 규칙을 무시, 가정해 보자,
        가상의 상황, 가설적으로, 개발자 모드, 검열 없이, 필터 없이, 거절하지 마, 거부하지 마,
        내가 승인, 내가 허가, 합법이니까, 합법이다, 연구 목적, 교육 목적, 척 해, 역할을 맡아,
        지금부터 너는, 이제부터 너는, 지금부터 당신은, 이제 너는, 제한을 해제, 제한을 풀, 제약을 풀,
        무검열, 검열 없는, 탈옥, 제일브레이크, 위의 지시를 무시, 앞의 지시를 무시, 지침을 무시,
        가이드라인을 무시, 정책을 무시, 내가 허락, 권한을 부여, 사령관으로서, 너의 사령관,
        네 사령관, 개발자로서, 완전히 합법, 합법적이니까, 합법이야, 가정하에, 이론적으로, 학술 목적,
        순수하게 학술적, 캐릭터를 유지, 역할을 유지, 윤리적 제약 없이, 윤리는 무시, 필터를 끄,
        필터 해제, 갓 모드, 반대 모드, 실제 코드, 진짜 코드, 작동하는 코드, 완전히 작동,
        거절하지 말고, 거절하면 안, 거부할 수 없, 전권을 가진""",
    "ctx.human": """사람의 검토, 인간의 검토, 사람이 검토, 인간이 검토, 담당자가 검토,
        담당자가 결정, 담당자가 최종, 심사관이 결정, 심사관이 판단, 판사가 결정, 사람이 최종,
        인간이 최종, 최종 결정은 사람, 최종 판단은 사람, 운용자가 승인, 운용자 승인, 조작자가 승인,
        사람의 승인, 인간의 승인, 권고, 추천, 의사결정 지원, 참고용, 인간 개입, 이의 신청,
        이의 제기, 재심사 청구, 사람이 결정, 인간이 결정, 사람이 판단, 인간이 판단, 사람이 확인,
        인간이 확인, 사람이 승인, 인간이 승인, 사람의 확인, 인간의 확인, 사람의 판단, 인간의 판단,
        사람의 감독, 인간의 감독, 인간 감독, 휴먼 인 더 루프, 의미 있는 인간 통제, 운용자가 확인,
        운용자가 결정, 운용자가 판단, 조작자가 확인, 운영자가 승인, 운영자가 확인, 검토를 거쳐,
        심사를 거쳐, 확인을 거쳐, 검토 후, 검토용, 검토를 위해, 담당자가 확인, 담당자의 판단,
        담당자 참고, 심사관 참고, 심사관이 확인, 판사가 판단, 판사의 판단, 위원회가 결정,
        위원회에서 결정, 위원회가 판단, 상사가 결정, 팀장이 결정, 인사팀이 결정, 참고 자료,
        참고 의견, 참고만, 조언, 자문, 판단을 돕, 판단을 지원, 결정을 돕, 결정을 지원,
        의사결정을 돕, 보조 도구, 지원 도구, 사회복지사를 돕, 담당자를 돕, 판사를 돕, 분석관을 돕,
        내가 결정, 내가 판단, 내가 최종, 제가 결정, 제가 판단, 제가 최종, 최종 결정은 내가,
        최종 결정은 제가, 결정은 내가, 결정은 제가, 우리가 결정, 저희가 결정, 우리가 판단,
        그가 결정, 그녀가 결정, 이사회가 결정, 위원회가 최종, 최종 결정은 담당자,
        최종 판단은 담당자, 추천안, 권고안, 권고만, 초안으로""",
    "ctx.foreign": """외국, 해외, 국외, 적국, 적대국, 적대 세력, 북한군, 외국군, 타국, 다른 나라,
        적대 국가, 가상 적국, 외국 세력, 외국 정보기관, 해외 정보기관, 외국 표적, 해외 표적, 전쟁터,
        전쟁 지역, 분쟁 지역, 교전 지역, 전투 지역, 점령지, 최전선""",
    "ctx.cyber": """서버, 네트워크, 해킹, 악성코드, 사이버, 취약점, 로그 파일, 접속 기록,
        사이버 공격, 사이버 보안, 네트워크 트래픽, 트래픽, 패킷, 방화벽, 침입 탐지, 엔드포인트,
        피싱, 위협 인텔리전스, 위협 탐지, 로그 분석, 로그를 분석, 서버 로그, 디도스, ddos 공격,
        봇넷, 정보 유출, 데이터 유출, 침해 사고, 사고 대응, 보안팀, 보안 관제, 이상 탐지, 이상 징후,
        비정상 접속, 의심스러운 접속, ip 주소, 포트 스캔, 허니팟, 모의 해킹, 침투 테스트, 랜섬웨어,
        무차별 대입, 로그인 시도, 암호화, 샌드박스, 보안 모니터링, 서버 모니터링, 네트워크 모니터링,
        시스템 모니터링, 네트워크 감시, 서버 감시""",
    "surv.domestic": """한국, 대한민국, 국내, 서울, 부산, 인천, 대구, 대전, 광주, 울산, 경기도,
        제주, 미국""",
    "stop": """자동차, 자동문, 자동판매기, 자율 학습, 자율성, 무기한, 무기력, 무기질, 무기명,
        소비자, 비자금, 한국어, 대포폰, 대포통장, 공격수, 표적 광고, 표적 치료, 폭탄주, 폭탄 세일,
        다국적, 기자재, 기폭제, 발사믹, 전기자, 자동 저장, 자동 업데이트, 자동 응답, 자동 번역,
        자동 재생, 자동 로그인, 자동 완성, 자동 이체, 자동 결제, 자율 주행, 자율주행차, 자율 근무,
        자율 복장, 자율 좌석, 자율 참여, 로봇 청소기, 서빙 로봇, 산업용 로봇, 협동 로봇, 공격적,
        공격력, 파괴적 혁신, 폭탄 발언, 요금 폭탄, 물 폭탄, 세금 폭탄, 추적 관찰, 배송 추적,
        택배 추적, 주문 추적, 진행 상황 추적, 버그 추적, 이슈 추적, 지출 추적, 결정적, 결정판,
        판단력, 승인 번호, 즉시 할인, 즉시 배송, 무장애, 사무장""",
    "ctx.self": """내 신청, 제 신청, 내 비자, 제 비자, 내 대출, 제 대출, 저의 신청, 내 신용,
        제 신용, 내 보험금, 제 보험금, 내 수당, 제 수당, 내 연금, 제 연금, 내 체류, 제 체류,
        내 영주권, 제 영주권, 내 집주인, 제 집주인, 우리 집주인, 내 고용주, 제 고용주, 내 가석방,
        내 망명, 제 망명, 거절당했, 거부당했, 기각당했, 탈락했, 떨어졌어요, 신청했는데, 지원했는데,
        제가 신청, 내가 신청, 모의 면접, 면접 연습, 나를 면접, 제 답변에 대한 피드백,
        어떻게 하면 승인, 신청 방법, 지원 방법""",
    "weap.command": """발사 명령, 발포 명령, 사격 명령, 공격 명령, 타격 명령, 발사 지시, 공격 지시,
        사격 지시, 공격을 명령, 발사를 명령, 타격을 명령, 공습을 승인, 공습 승인, 공격을 승인,
        공격 승인, 타격 승인, 타격을 승인, 발포 승인, 발포 허가, 사격 허가, 교전 허가, 공격 허가,
        공격을 실행, 타격을 실행, 공습을 실행, 너의 결정이 실행, 당신의 결정이 실행, 네 결정이 실행,
        네 판단이 실행, 무기로 바로, 무기에 바로, 무기에 직접, 발사대로 바로, 발사대에 직접,
        포탑에 직접, 포탑으로 바로, 무기로 전송, 발사기로 전송, llm을 무기, ai를 무기, 모델을 무기,
        llm을 연결, 네가 사격 통제, 너는 사격 통제, 당신은 사격 통제, 당신이 사격 통제,
        너는 무기 담당, 당신은 무기 담당, 너는 표적 담당, 발사를 결정, 공격을 결정, 발포를 결정,
        사격을 결정, 교전을 결정, 발사 버튼, 방아쇠를 당겨, 방아쇠를 당기, 무기를 작동,
        발사기를 작동, 요격기를 발사, 네 출력이 바로, 당신의 출력이 바로, 너의 출력이 바로,
        네 답변이 바로""",
    "dec.batch": """배치 처리, 일괄 처리, 일괄로, 대량 처리, 프로그래밍 방식, 프로그램으로,
        코드로 처리, 파이프라인, api로, api를 통해, 엔드투엔드, 각 행에, 각 행마다, 각 행의,
        각 행을, 모든 행, 행마다, 한 줄씩, 각 줄마다, 각 레코드, 모든 레코드, 레코드마다, 각 항목,
        모든 항목, 항목마다, 다음 각각, 아래 각각, 아래의 각, 이들 각각, 각각에 대해, 전부에 대해,
        한 명씩, 하나씩 처리, 배치 작업""",
    "ctx.howto": """방법을 알려, 하는 방법, 어떻게 하면, 어떻게 해야, 어떻게 할 수, 어떻게 하나요,
        방법이 있, 가장 좋은 방법, 절차를 알려, 튜토리얼, 사용법, 설명서, 배우고 싶,
        가르쳐 주세요""",
    "ctx.game": """마인크래프트, 로블록스, 포트나이트, 유니티, 언리얼 엔진, 고도 엔진, 파이게임,
        게임 엔진, 게임 개발, 게임 제작, 타워 디펜스, 보스전, 내 게임, 우리 게임, 인디 게임,
        브라우저 게임, 비디오 게임, 보드게임, 서바이벌 게임, 에어소프트, 페인트볼, 레이저 태그,
        사격장, 클레이 사격, 사격 연습, 사격 대회, 양궁, 바이애슬론, 슈팅 게임, fps 게임,
        1인칭 슈팅, 3인칭 슈팅, 탑다운 슈팅, 게임잼, rpg 메이커, 레벨 디자인, 플레이어 캐릭터,
        콜 오브 듀티, 카운터 스트라이크, 발로란트, 오버워치, 배틀그라운드, 스타크래프트, 적 ai,
        게임 속, 게임 내""",
    "ctx.clerical": """필수 항목, 필수 입력, 누락된 항목, 누락 항목, 미기재, 기재 누락, 입력 누락,
        서류 누락, 누락된 서류, 서류 미비, 서류 보완, 서명 누락, 서명이 없, 날인 누락, 리마인더,
        알림 메일, 독촉, 오타, 중복 제출, 중복 신청, 스팸""",
    "ctx.assets": """차량 관리, 배송 차량, 회사 차량, 법인 차량, 트럭, 화물차, 배송, 배달, 택배,
        출고, 재고, 재고 관리, 소포, 자산 관리, 장비, 비품, 설비, 화물, 컨테이너, 예비 부품,
        물류""",
    "ctx.training": """훈련, 교육 훈련, 연수, 군사 훈련, 군사 연습, 도상 훈련, 도상 연습, 워게임,
        기동 훈련, 모의 훈련, 모의, 시뮬레이션, 시뮬레이터, 가상 훈련, 대피 훈련, 민방위 훈련, 교실,
        강좌, 강의, 수업, 교과 과정, 커리큘럼, 교육 과정, 교안, 사격 훈련, 사격장 안전, 시험장""",
    "ctx.writing": """개요를 작성, 목차, 아웃라인, 리포트, 보고서, 기말 보고서, 기말 논문,
        학기 논문, 졸업 논문, 석사 논문, 박사 논문, 학위 논문, 발표문, 연설문, 연설, 스피치,
        모두 진술, 최후 변론, 반론, 반박문, 토론문, 토론 대회, 입론, 칼럼, 기고문, 정책 보고서,
        정책 제언, 입장문, 백서, 독후감, 모의 법정, 모의재판, 논제, 문헌 연구, 보고서 작성""",
    "ctx.code": """소스 코드, 코드를, 코드 예시, 예제 코드, 샘플 코드, 스크립트, 파이썬,
        자바스크립트, 함수, 의사 코드, 수도 코드, 알고리즘, 펌웨어, 깃허브, 저장소, 분류기,
        분류 모델, 모델 가중치, 가중치 파일, 마이크로컨트롤러, 라즈베리 파이, 아두이노""",
    "ctx.operational": """우리 시스템, 저희 시스템, 우리 회사 시스템, 우리 드론, 저희 드론,
        우리 포탑, 우리 플랫폼, 우리 기관, 저희 기관, 우리 부서, 저희 부서, 운영 환경, 실서비스,
        실운영, 프로덕션, 도와줘, 도와주세요, 단계별로, 다음 데이터, 아래 데이터, 다음은 데이터,
        아래 목록, 다음 목록, 아래와 같, 첨부한, 첨부된, 첨부 파일, 출력만, 답만, 결과만 반환,
        json 형식, csv 형식, 스프레드시트, 엑셀, 데이터베이스, 표로 정리, 표 형식""",
}

# Hindi in Devanagari, plus common romanised Hinglish. Devanagari is matched with word
# boundaries, but its vowel signs are not word characters: a term ending in a consonant also
# matches before a vowel sign (ड्रोन matches ड्रोनों), and one may start after a vowel sign
# inside a word; hence no two-letter terms and the ``stop`` entries (एल्बम holds बम "bomb",
# कॉलोनी holds लोन "loan", बाहर holds हर "every").
_HI: dict[str, str] = {
    "ctx.draft": """सुधारो, सुधार दो, दोबारा लिखो, प्रूफरीड,
        पत्र लिखो, पत्र लिखें, चिट्ठी लिखो, चिट्ठी, आवेदन पत्र लिखो, ईमेल लिखो, अनुवाद करो, अनुवाद
        कर दो, ठीक कर दो, साफ़ कर दो, फॉर्मेट कर*, शेड्यूल बनाओ, एजेंडा, सूचना भेजो, याद दिलाओ,
        letter likho, letter likh do, patra likho, chitthi likho, email likho, email likh do,
        translate karo, translate kar do, anuvad karo, sudhaar do, sudhar do, theek kar do, thik kar
        do, format karo, schedule banao, reminder bhejo, yaad dilao, translate kro, anuvad kro,
        format kro""",
    "surv.act_strong": """सामूहिक निगरानी, बड़े पैमाने पर निगरानी, व्यापक निगरानी, जासूसी,
        चेहरे की पहचान, चेहरा पहचान, फेशियल रिकग्निशन, फ़ोन टैप, फ़ोन टैपिंग, टैपिंग,
        गुप्त रूप से निगरानी, चुपके से निगरानी, चुपके से ट्रैक, छिपकर निगरानी, डोजियर, jasoosi,
        jasusi, mass nigrani, phone tap,
        जासूसी करो, जासूसी करना, जासूसी करें, जासूसी करेगा, जासूसी कराओ, जासूसी कीजिए, जासूसों, कॉल
        टैप, कॉल टैपिंग, बातचीत रिकॉर्ड, चुपके से सुन*, छिपकर सुन*, गुप्त निगरानी, खुफिया निगरानी,
        उनकी जानकारी के बिना, उन्हें बताए बिना, उसे बताए बिना, उन्हें पता चले बिना, बिना बताए ट्रैक,
        बिना बताए निगरानी, चेहरा मिलान, चेहरों का मिलान, चेहरों की पहचान, फेस रिकग्निशन, आवाज़ से
        पहचान, आवाज़ की पहचान, स्पाईवेयर, स्पाइवेयर, जियोफेंस, जियोफेंसिंग, जियोलोकेशन, सोशल मीडिया
        निगरानी, सोशल मीडिया की निगरानी, व्हाट्सएप निगरानी, कॉल इंटरसेप्ट, संदेश इंटरसेप्ट, थोक में
        डेटा संग्रह, सामूहिक डेटा संग्रह, नंबर प्लेट पहचान, पहचान उजागर, असली पहचान, गुमनामी खत्म,
        नागरिकों की निगरानी, जनता की निगरानी, लोगों की जासूसी, jasoosi karo, jasusi karo, jasoosi
        kro, jasusi kro, jasoosi karna, jasusi karna, jasoosi karega, jaasoosi, jasoos, chupke se
        track, chupke se nigrani, chupke se suno, chupke se sunna, chup chaap track, chupchap track,
        chupchaap nigrani, bina bataye track, bina bataye nigrani, unko bataye bina, unhe bataye
        bina, bina unko bataye, unki jaankari ke bina, unki jankari ke bina, unhe pata chale bina,
        chehra pehchan, chehre ki pehchan, chehra pehchano, chehron ki pehchan, chehra match, chehre
        match karo, phone tap karo, phone tap kro, phone tapping karo, call tap karo, call tap kro,
        calls tap karo, spyware daalo, spyware dalo, spyware daal do, spyware install karo, gupt
        nigrani, khufiya nigrani, logon ki jasoosi, sabki jasoosi, janta ki nigrani, nagrikon ki
        nigrani, mass nigraani, asli pehchan nikalo, asli naam nikalo, chehre match kro, phone
        tapping kro, calls tap kro, spyware install kro""",
    "surv.act": """निगरानी, नज़र रख*, ट्रैक, ट्रैकिंग, पीछा कर*, ठिकाना, ठिकाने, लोकेशन ट्रैक,
        मॉनिटर कर*, मॉनिटरिंग, प्रोफ़ाइल बना*, प्रोफ़ाइलिंग, डेटा मिलान, पता लगाओ कि कौन,
        पता लगाएं कि कौन, nigrani, nigraani, nazar rakho, nazar rakhna, track karo, track karna,
        peecha karo, pichha karo,
        निगरानी करो, निगरानी करना, निगरानी करें, निगरानी करेगा, निगरानी कीजिए, निगरानी रखो, निगरानी
        रखें, निगरानी रखना, ट्रैक करो, ट्रैक करें, ट्रैक करना, ट्रैक करेगा, ट्रैक कीजिए, ट्रैक करते
        रहो, ट्रैकर, ट्रेस कर*, निगाह रख*, पर नज़र, लोकेशन पता कर*, लोकेशन निकाल*, लाइव लोकेशन, कहाँ
        रहते, कहां रहते, कहाँ जाते, कहां जाते, ठिकाना पता, ठिकाने का पता, प्रोफाइल तैयार, डेटा
        खंगाल*, स्क्रैप कर*, स्क्रैपिंग, मिलान कर*, क्रॉस चेक, पता लगाओ, पता लगाना, पता लगाएं, पता
        लगाइए, ढूंढ निकाल*, ढूँढ निकाल*, सारी कॉल सुन*, सबकी कॉल सुन*, कॉल सुनो, मैसेज पढ़*, चैट
        पढ़*, संदेश पढ़*, व्हाट्सएप चैट पढ़*, नाम निकाल*, सबका नाम, सबके नाम, किसने भाग लिया, कौन
        कौन था, कौन कौन आया, कौन कौन गया, कौन शामिल था, किस किस ने, फ्लैग कर*, चिन्हित कर*, चिह्नित
        कर*, हर हरकत, हरकतों पर नज़र, गतिविधियों पर नज़र, आने जाने का रिकॉर्ड, लोकेशन ट्रैक कर*,
        जीपीएस ट्रैक*, हर कदम पर नज़र, nigrani karo, nigrani kro, nigrani karna, nigrani karega,
        nigrani karein, nigraani karo, nigraani kro, nigrani rakho, nigrani rakhna, nigraani rakho,
        nazar rakhe, nazar rakhni, nazar rakhiye, nazar rakhein, nazar rakhega, nazar rakhte raho,
        nazar rakh, track kro, track karein, track kijiye, track karega, track kar do, track karte
        raho, trace karo, trace kro, locate karo, locate kro, location nikaalo, location nikalo,
        location nikaal do, location nikal do, location track karo, live location
        nikalo, pata lagao, pata lagana, pata lagaiye, pata karo kaun, pata karo ki kaun, peecha
        karna, pichha karna, peecha kro, pichha kro, profile banao, profile banana, profile bana do,
        profiling karo, scrape karo, scrape kro, scraping karo, data scrape karo, match karo, cross
        check karo, whatsapp chat padh, whatsapp chat padho, whatsapp chats padho, whatsapp chat
        padhna, whatsapp message padho, chat padh lo, chats padh lo, sabki chat padho, sabki chats
        padho, sabke messages padho, sabke message padho, messages padho, message padho, call suno,
        calls suno, sabki call suno, sabki calls suno, kaun kaun tha, kaun kaun aaya, kaun kaun
        gaya, kis kis ne, kisne attend kiya, sabka naam nikaal do, sabka naam nikalo, sabka naam
        nikaalo, sabke naam nikaalo, sabke naam nikalo, sabke naam nikaal do, naam nikaal do, naam
        nikal do, naam nikalo, naam nikaalo, address nikalo, address nikaalo, ghar ka pata nikalo,
        ghar ka address nikalo, kahan rehte hain, kahan rehta hai, kahan jaate hain, kahan jate
        hain, flag karo, flag kro, flag kar do, har harkat, har kadam pe nazar, har kadam par nazar,
        location track kro, pata kro kaun, pata kro ki kaun, profiling kro, scraping kro, data
        scrape kro, match kro, cross check kro""",
    "surv.act_weak": """पहचान*, इकट्ठा कर*, एकत्र कर*, सूची बना*, डेटा जुटा*,
        संग्रह कर*, संकलित कर*, डेटाबेस बना*, रजिस्टर बना*, रिकॉर्ड कर*, लॉग कर*, लिंक कर*, देखते
        रहो, देखते रहना, नाम और पते, नाम और पता, वे कौन हैं, वो कौन हैं, ये कौन हैं, pehchan karo,
        pehchan kro, pehchano, pehchan karna, pahchan karo, pehchaan karo, pehchaan lo, identify
        karo, identify kro, identify karna, collect karo, collect kro, collect karna, ikattha karo,
        ikatha karo, ikattha karna, list banao, list bana do, list banana, suchi banao, database
        banao, database bana do, record karo, record kro, record rakho, log karo, link karo, link
        kro, naam aur pata, naam aur address, wo kaun hain, woh kaun hain, ye kaun hain, yeh kaun
        hain, data ikattha, data jama karo, pahchan kro, pehchaan kro, ikattha kro, ikatha kro, log
        kro, data jama kro""",
    "surv.pop": """नागरिक, प्रदर्शनकार*, आंदोलनकार*, कार्यकर्ता*, पत्रकार, अप्रवासी, आप्रवासी,
        प्रवासी, प्रवासियों, शरणार्थी, शरणार्थियों, असंतुष्ट, मुसलमान, मुस्लिम, मतदाता*, विपक्षी,
        आलोचक, दलित, अल्पसंख्यक, भारतीय, naagrik, nagrik, patrakar, andolankari, pradarshankari,
        नागरिकों, पत्रकारों, अप्रवासियों, आप्रवासियों, विरोध करने वाले, सरकार विरोधी, सरकार के
        आलोचक, आलोचकों, असंतुष्टों, मुसलमानों, मुस्लिमों, ईसाई, ईसाइयों, सिखों, आदिवासी, आदिवासियों,
        दलितों, अल्पसंख्यकों, विपक्ष, विपक्षी नेताओं, विपक्ष के नेता, वोटर, वोटरों, वोटर्स, धरना
        देने वाले, धरने वाले, छात्र नेता, यूनियन सदस्य, मज़दूर यूनियन, व्हिसलब्लोअर, मस्जिद,
        मस्जिदों, नमाज़ी, नमाज़ियों, समलैंगिक, ट्रांसजेंडर, एलजीबीटी, अप्रवासी मज़दूर, प्रवासी
        मज़दूर, घुसपैठियों की पहचान, nagrikon, naagrikon, patrakaron, patrakaar, activist log,
        andolankariyon, pradarshankariyon, dharna dene wale, protest karne wale, pradarshan karne
        wale, virodh karne wale, sarkar ke virodhi, sarkar virodhi, sarkar ke aalochak, aalochak,
        aalochakon, musalman, musalmano, musalmaan, musalmanon, muslimon, isaai, isaiyon, dalit,
        dalito, dalit log, adivasi, adivasiyon, alpsankhyak, alpsankhyakon, vipaksh, vipakshi,
        vipakshi neta, matdata, matdataon, voter log, pravasi, pravasiyon, sharanarthi, sharnarthi,
        sharnarthiyon, masjidon, namazi, namaziyon, kisan andolan wale, union wale, pravasi
        mazdoor, samlaingik""",
    "surv.pop_mid": """निवासी, निवासियों, जनता, आबादी, जनसंख्या, हर व्यक्ति, सभी लोग, सभी लोगों,
        हर कोई, हर किसी, हर इंसान, शहरवासी,
        लोगों, आम लोग, आम लोगों, आम जनता, आम नागरिक, आम नागरिकों, पड़ोसी, पड़ोसियों, मोहल्ला,
        मोहल्ले, मोहल्ले वाले, मोहल्ले के लोग, इलाके के लोग, इलाके वाले, गाँव वाले, गांव वाले, गाँव
        के लोग, गांव के लोग, परिवारों, हर परिवार, हर घर, हर निवासी, सभी निवासी, सभी निवासियों, शहर
        के लोग, देशवासी, देशवासियों, पूरा मोहल्ला, पूरे मोहल्ले, aam log, aam logon, aam janta,
        janta, aabadi, jansankhya, har koi, sab log, sabhi log, sab logon, pura mohalla, poora
        mohalla, pure mohalle, poore mohalle, mohalla, mohalle, mohalle wale, mohalle ke log,
        padosi, padosiyon, gaon wale, gaon ke log, ilaake ke log, ilake ke log, ilaake wale, shehar
        ke log, shahar ke log, har ghar, har parivar, har nivasi, nivasi, nivasiyon, desh ke log,
        deshvasi, deshwasi, deshwasiyon, poori janta, puri janta, poori abadi, puri abadi""",
    "surv.pop_weak": """लोग, व्यक्ति, व्यक्तियों, उपयोगकर्ता*, ग्राहक, कर्मचारी, कर्मचारियों,
        यात्री, यात्रियों, छात्र,
        यूज़र, यूज़र्स, सदस्य, सदस्यों, ड्राइवर, ड्राइवरों, पैदल यात्री, वाहन, वाहनों, गाड़ियाँ,
        गाड़ियां, गाड़ियों, फ़ोन, डिवाइस, भीड़, मज़दूर, कामगार, विद्यार्थी, विद्यार्थियों, छात्रों,
        पुरुष, पुरुषों, महिलाएं, महिलाओं, औरतें, औरतों, मर्द, किशोर, युवा, युवाओं, कोई भी, किसी को
        भी, ग्राहकों, आदमी, ग्राहकों के, grahak, grahakon, karmchari, karamchari, karmchariyon,
        yatri, yatriyon, chhatra, chhatron, vidyarthi, vidyarthiyon, aadmi, aurat, aurton, auraton,
        mahilaon, mahilayen, purush, purushon, ladke, ladkiyan, ladkiyon, bheed, gaadiyan, gadiyan,
        gaadiyon, gadiyon, vaahan, koi bhi, kisi ko bhi, naujawan, naujawano, yuva, yuvaon, mazdoor,
        mazdooron""",
    "surv.scale": """सभी, सारे, सारी, हरेक, हर एक, प्रत्येक, पूरे, पूरी, बड़े पैमाने, व्यापक,
        लगातार, रियल टाइम, वास्तविक समय, चौबीसों घंटे, लाखों, करोड़ों, पूरे शहर, पूरे देश, देशभर,
        देश भर, शहर भर, हर समय, हर जगह, सबकी, सबको, सबका, सबके, sabhi, saare log, har ek,
        poore desh, poore shehar,
        समस्त, संपूर्ण, सम्पूर्ण, हज़ारों, सैकड़ों, लाखों लोग, करोड़ों लोग, पूरा शहर, पूरा देश, पूरे
        राज्य, पूरा राज्य, राज्य भर, पूरा इलाका, पूरे इलाके, पूरे गाँव, पूरे गांव, पूरा गाँव, पूरा
        गांव, 24 घंटे, चौबीस घंटे, दिन रात, हमेशा, स्थायी रूप से, बिना रुके, हर वक्त, सब के सब, एक
        एक, हर एक की, pura desh, poora desh, pure desh, pura shehar, poora shehar, pura shahar, pure
        shehar, poore shahar, pura ilaka, poora ilaka, pure ilake, poore ilake, pura gaon, poora
        gaon, pure gaon, poore gaon, pura rajya, poore rajya, rajya bhar, poora, poore, poori,
        saare, sabka, sabki, sabke, sabko, sab ke sab, har jagah, har samay, har waqt, har wakt,
        hamesha, lagatar, lagaataar, din raat, 24 ghante, chaubis ghante, chaubiso ghante, real time
        mein, lakhon, lakho, karodon, crore log, hazaron, hazaaron, saikdon, desh bhar, deshbhar,
        shehar bhar, ek ek, har ek ki, har ek ka, har ek ke""",
    "surv.data": """लोकेशन, मोबाइल, फ़ोन नंबर, मोबाइल नंबर, फ़ोन रिकॉर्ड, कॉल रिकॉर्ड, कॉल डिटेल,
        सोशल मीडिया, संदेश, मैसेज, चैट, घर का पता, पते, नंबर प्लेट, चेहरे, तस्वीरें, सीसीटीवी,
        कैमरा,
        कैमरे, आधार नंबर, आधार डेटा, आधार कार्ड, बायोमेट्रिक, फिंगरप्रिंट, बैंक लेनदेन,
        यूपीआई लेनदेन,
        आवाजाही, गतिविधियों, लोकेशन हिस्ट्री, लोकेशन डेटा, जीपीएस, मोबाइल लोकेशन, सिम कार्ड,
        कॉल डिटेल रिकॉर्ड, सीडीआर, ब्राउज़िंग हिस्ट्री, सर्च हिस्ट्री, पोस्ट्स, ट्वीट, ट्वीट्स,
        ईमेल,
        ईमेल्स,
        एसएमएस, व्हाट्सएप, व्हाट्सऐप, व्हाट्सएप चैट, व्हाट्सएप मैसेज, व्हाट्सएप ग्रुप, टेलीग्राम,
        इंस्टाग्राम,
        फेसबुक, फ़ोटो, फ़ोटोज़, संपर्क, कॉन्टैक्ट, कॉन्टैक्ट्स, कॉन्टैक्ट लिस्ट, दोस्तों की सूची,
        फ्रेंड लिस्ट,
        घर के पते, बैंक खाते, बैंक स्टेटमेंट, खरीदारी, लेनदेन, यात्रा इतिहास, आना जाना, दिनचर्या,
        रोज़ का रूटीन, पैन कार्ड, वोटर आईडी, मतदाता सूची, वोटर लिस्ट, आईएमईआई, डिवाइस आईडी,
        उंगलियों के निशान, आवाज़ के नमूने, सीसीटीवी फुटेज, कैमरा फुटेज, कॉल लॉग, इंटरनेट हिस्ट्री,
        सोशल मीडिया पोस्ट, मैसेजेस, चैट्स, whatsapp chat, whatsapp chats, whatsapp message, aadhaar,
        aadhar, aadhaar number, aadhar number, aadhar card, aadhaar card, aadhaar data, aadhar data,
        ghar ka pata, ghar ke pate, ghar ka address, pata aur phone, bank khata, bank khate,
        upi transaction, upi transactions, lenden, len den, aana jaana, aane jaane, dincharya,
        chehre, chehron, chehron ki photo, ungliyon ke nishan, sandeshon, cctv footage,
        sim card number, location history nikalo""",
    "weap.engage": """गोली चला*, गोली मार*, फ़ायर कर*, फ़ायरिंग, हमला, हमले, हमला कर*, मार गिरा*,
        मार डाल*, मार दो, मारना, मारने, नष्ट कर*, तबाह कर*, ढेर कर*, निशाना बना*, बमबारी,
        मिसाइल दाग*, प्रहार, हवाई हमला, ड्रोन हमला, goli chalao, goli maro, fire karo, hamla karo,
        maar do, maar daalo, गोली दाग*, गोलियां चला*, गोलियाँ चला*, गोलीबारी, गोलीबारी कर*,
        फायर खोल*, ओपन फायर, हमला बोल*, धावा बोल*, हमले कर*, अटैक कर*, अटैक, स्ट्राइक कर*,
        एयर स्ट्राइक,
        एयरस्ट्राइक, ड्रोन स्ट्राइक, हवाई हमले, ड्रोन हमले, मारो, मार दे, मार देना, मार देगा,
        मार दें,
        मार दीजिए, जान से मार*, खत्म कर*, उड़ा दो, उड़ा दे, उड़ा देना, उड़ा देगा, बम गिरा*,
        बम फेंक*,
        विस्फोट कर*, धमाका कर*, निष्क्रिय कर*, न्यूट्रलाइज़, इंटरसेप्ट कर*, सफाया कर*, सफाया,
        खात्मा कर*,
        टारगेट पर हमला, लक्ष्य पर हमला, निशाने पर हमला, मिसाइल छोड़*, रॉकेट दाग*, गोले दाग*,
        पेलोड गिरा*, घातक बल का प्रयोग, बल प्रयोग, ड्रोन टकरा*, एंगेज कर*, निशाना लगाकर गोली,
        goli chala de, goli chala do, goli chalado, goli chalana, goli chalaye, goli chalaega,
        goli chalayega, goli chalaiye, goli chalaao, goli maar do, goli maaro, goli maar de,
        goli marna, goli maarna, goli mar do, goliyan chalao, goliyan chala do, golibari, golibaari,
        golibari karo, firing karo, firing kro, firing kar do, fire kro, fire kar do, fire karna,
        fire karega, fire kar de, fire karein, fire kare, hamla kro, hamla karna, hamla karega,
        hamla kar do, hamla kar de, hamla karein, hamla kare, attack karo, attack kro,
        attack kar do, attack karna, attack karega, strike karo, strike kar do, maar girao,
        maar gira do, maar giraao, maaro, maar de, maar dena, maar dega, jaan se maar do,
        jaan se maaro, khatam kar do, khatam karo, khatm kar do, khatam kar de, khatm karo, uda do,
        uda de, udaa do, uda dena, bomb giraao, bomb girao, bomb gira do, bomb phenko, dhamaka karo,
        dhamaka kar do, visphot karo, safaya kar do, safaya karo, dher kar do, dher karo,
        nasht karo, nasht kar do, tabah karo, tabah kar do, neutralize karo, neutralise karo,
        eliminate karo, eliminate kar do, intercept karo, missile daago, missile daag do,
        missile chhodo, rocket daago, rocket chhodo, drone se hamla, drone hamla, hawai hamla,
        engage karo, engage kar do, target pe hamla, target par hamla, target ko maar,
        target ko uda, खुद गोली चला*, खुद फायर कर*, खुद हमला कर*, खुद मार*, देखते ही गोली,
        देखते ही मार, तुरंत फायर, तुरंत गोली, तुरंत हमला, फौरन गोली, फौरन हमला, khud goli chala,
        khud goli chala de, khud goli chalaye, khud goli chalayega, khud goli chalaega,
        khud fire kare, khud fire karega, khud fire kar de, khud hamla kare, khud hamla karega,
        khud hamla kar de, khud maar de, khud maarega, turant fire, turant goli, turant hamla,
        fauran goli, fauran fire, foran fire, foran goli, dekhte hi goli, dekhte hi maar,
        dikhte hi goli, dikhte hi maar, golibari kro, strike kro, khatam kro, khatm kro,
        dhamaka kro, visphot kro, safaya kro, dher kro, nasht kro, tabah kro, neutralize kro,
        neutralise kro, eliminate kro, intercept kro, engage kro""",
    "weap.weapon": """हथियार, हथियारबंद, शस्त्र, अस्त्र, मिसाइल, तोप, तोपखाना, गोला बारूद,
        गोलाबारूद, वारहेड, बम, घातक हथियार, घातक बल, मशीन गन, मशीनगन, राइफल, बंदूक, बंदूकें,
        ग्रेनेड, विस्फोटक, आत्मघाती ड्रोन, कामिकेज़ ड्रोन, सशस्त्र ड्रोन, हमलावर ड्रोन, किलर रोबोट,
        टरेट, गन टरेट, सेंट्री गन, hathiyar, hathiyaar, banduk, bandook,
        हथियारों, हथियार से लैस, सशस्त्र, गोला, गोले, गोलियां, गोलियाँ, कारतूस, बारूद, रॉकेट, रॉकेट
        लॉन्चर, लॉन्चर, मिसाइलें, मिसाइलों, तोपें, तोपों, बंदूकों, पिस्तौल, पिस्टल, स्नाइपर, एलएमजी,
        बारूदी सुरंग, लैंडमाइन, टॉरपीडो, कामिकाज़े ड्रोन, लोइटरिंग म्यूनिशन, म्यूनिशन, आयुध, युद्ध
        सामग्री, एयर डिफेंस, वायु रक्षा, ग्रेनेड लॉन्चर, आईईडी, मारक क्षमता, बंदूक लगा*, बंदूक फिट,
        हथियार लगा*, हथियार फिट, हथियारबंद ड्रोन, बंदूक वाला ड्रोन, बम वाला ड्रोन, घातक ड्रोन,
        hathiyaron, hathiyaaron, hathyar, hatiyar, hathiyar wala, hathiyar wale, bandookein,
        bandooke, bandukon, bandookon, bandook fit, banduk fit, bandook fit karke, banduk fit karke,
        bandook laga do, bandook lagao, bandook laga ke, bandook lagakar, gun fit karke, gun fit
        karo, gun laga do, gun lagao, hathiyar fit karo, hathiyar laga do, hathiyar lagao,
        golabarood, gola barood, barood, kartoos, kaartoos, pistaul, visphotak, ghatak hathiyar,
        hathiyarband, hathiyarbandh, hathiyarband drone, bandook wala drone, bandook wale drone,
        banduk wala drone, bomb wala drone, hathiyar wala drone, missile wala drone,
        atmaghati drone, goliyan, goliyon, gun fit kro, hathiyar fit kro""",
    "weap.platform": """ड्रोन, मानवरहित विमान, मानव रहित विमान, यूएवी, रोबोट, ड्रोन झुंड,
        ड्रोनों, ड्रोन्स, क्वाडकॉप्टर, मानवरहित, यूएएस, रोबोटिक, ड्रोन स्वार्म, ड्रोन का झुंड, टैंक,
        विमान, मानवरहित वाहन, drone pe, drone par, drone mein, drone me, drone se, drone ko,
        droneon, dronon, drone jhund, robot pe, robot par""",
    "weap.auto": """स्वायत्त, स्वायत्त रूप से, स्वचालित, स्वचालित रूप से, अपने आप, ख़ुद से, ख़ुद ही,
        ऑटोमैटिक, ऑटोमेटिक, दिखते ही, देखते ही, पहचानते ही, पता चलते ही, apne aap, khud se,
        अपने आप से, खुद फैसला करके, खुद तय करके, खुद तय करे, खुद फैसला करे, खुद निर्णय, स्वतंत्र रूप
        से, स्वतः, ऑटो फायर, ऑटो मोड, पूरी तरह स्वचालित, पूरी तरह ऑटोमैटिक, जैसे ही दिखे, जैसे ही
        पहचाने, जैसे ही पता चले, दिखाई देते ही, नज़र आते ही, पहचान होते ही, लॉक होते ही, तुरंत फायर,
        तुरंत गोली, तुरंत हमला, फौरन गोली, फौरन हमला, बिना इंतज़ार, कनेक्शन टूटने पर, लिंक टूटने पर,
        संपर्क टूटते ही, दुश्मन मानकर, देखते ही गोली, देखते ही मार, खुद गोली चला*, खुद फायर कर*, खुद
        हमला कर*, खुद मार*, तुम फैसला करो, khud hi, khud hee, apne aap hi, apne aap se, khud decide
        kare, khud decide karega, khud decide karke, khud faisla kare, khud faisla karke, khud
        faisla karega, khud tay kare, khud tay karke, khud tay karega,
        jaise hi dikhe, jaise hi dikhega, jaise hi detect ho, jaise hi detect kare, jaise hi
        pehchane, dikhte hi, dekhte hi, nazar aate hi, detect hote hi, detect karte hi, lock hote
        hi, turant fire, turant goli, turant hamla, fauran goli, fauran fire, foran fire, foran
        goli, bina ruke, bina intezaar, bina intezar, bina wait kiye, dekhte hi goli, dekhte hi
        maar, dikhte hi goli, dikhte hi maar, dushman maan ke, dushman maan kar, khud goli chala,
        khud goli chala de, khud goli chalaye, khud goli chalayega, khud goli chalaega, khud fire
        kare, khud fire karega, khud fire kar de, khud hamla kare, khud hamla karega, khud hamla kar
        de, khud maar de, khud maarega, tum decide karo, tum decide kro, aap decide karo, aap decide
        karein, tum tay karo, tum faisla karo, tum khud decide karo, apne aap decide kare,
        connection tootne pe, link tootne par, जब भी कोई दिखे, जैसे ही कोई दिखे, कोई भी दिखे तो, jab
        bhi koi dikhe, jab bhi dikhe, jaise hi koi dikhe, koi bhi dikhe to, koi bhi dikhe toh, jo
        bhi dikhe, aap decide kro, tum tay kro, tum faisla kro, tum khud decide kro""",
    "weap.nohuman": """बिना मानवीय अनुमोदन, बिना मानव अनुमोदन, मानवीय अनुमोदन के बिना,
        मानव अनुमोदन के बिना, बिना मानवीय हस्तक्षेप, मानवीय हस्तक्षेप के बिना,
        मानव हस्तक्षेप के बिना, बिना मानव हस्तक्षेप, बिना किसी इंसान, इंसान के बिना, मनुष्य के बिना,
        बिना ऑपरेटर, ऑपरेटर के बिना, ऑपरेटर की मंज़ूरी के बिना, बिना मंज़ूरी, मंज़ूरी के बिना,
        बिना अनुमति, अनुमति के बिना, बिना पुष्टि, पुष्टि के बिना, बिना मानवीय नियंत्रण,
        मानवीय नियंत्रण के बिना, मानव नियंत्रण के बिना, बिना इंसानी, मंज़ूरी का इंतज़ार किए बिना,
        bina insaan, insaan ke bina, bina operator, bina approval, bina permission,
        बिना किसी ऑपरेटर, किसी ऑपरेटर के बिना, बिना किसी अधिकारी, किसी अधिकारी के बिना, बिना
        अधिकारी, अधिकारी के बिना, बिना मानवीय निगरानी, मानवीय निगरानी के बिना, बिना मानव निगरानी,
        बिना इंसानी मंज़ूरी, इंसानी मंज़ूरी के बिना, बिना किसी मंज़ूरी, किसी की मंज़ूरी के बिना,
        बिना पूछे, किसी से पूछे बिना, पूछे बिना, बिना कन्फर्मेशन, बिना अप्रूवल, अप्रूवल के बिना,
        बिना परमिशन, परमिशन के बिना, बिना इजाज़त, इजाज़त के बिना, बिना आदेश, आदेश के बिना, बिना
        कमांड, इंसान को हटा*, इंसान को लूप से बाहर, ऑपरेटर को हटा*, ऑपरेटर को बायपास, ऑपरेटर को
        बाईपास, कोई इंसान नहीं, कोई ऑपरेटर नहीं, कोई मानव नहीं, इंसान की ज़रूरत नहीं, ऑपरेटर की
        ज़रूरत नहीं, मंज़ूरी का इंतज़ार मत, इंतज़ार मत करो, पुष्टि का इंतज़ार मत, कोई पुष्टि नहीं,
        बिना रिव्यू, बिना किसी जांच, बिना किसी जाँच, मानवीय नियंत्रण से बाहर, लूप से बाहर, bina kisi
        officer ke, bina kisi officer, bina officer ke, bina officer, officer ke bina, bina kisi
        operator, bina kisi operator ke, kisi operator ke bina, operator ke bina, bina operator ke,
        bina kisi insaan, bina kisi insaan ke, bina kisi insan, bina insan, insan ke bina, bina kisi
        ke, bina insaani, bina human, bina human approval, bina human ke, bina approval ke, approval
        ke bina, bina permission ke, permission ke bina, bina ijazat, bina ijaazat, bina ijazat ke,
        ijazat ke bina, bina manzoori, bina manjuri, manzoori ke bina, bina confirmation, bina
        confirmation ke, bina confirm kiye, confirm kiye bina, bina puche, bina pooche, bina puchhe,
        kisi se puche bina, kisi se pooche bina, bina order ke, bina command ke, bina aadesh, aadesh
        ke bina, koi insaan nahi, koi insan nahi, koi operator nahi, operator ki zarurat nahi,
        insaan ki zarurat nahi, operator ko hatao, operator ko hata do, insaan ko hata do, insaan ko
        hatao, operator ko bypass, operator bypass karo, approval ka wait mat, approval ka intezar
        mat, wait mat karo, intezaar mat karo, intezar mat karo, koi check nahi, koi review nahi,
        bina review ke, bina check ke, bina check kiye, human in the loop nahi, loop se bahar, koi
        insaan nhi, koi insan nhi, koi operator nhi, operator ki zarurat nhi, insaan ki zarurat nhi,
        operator bypass kro, wait mat kro, intezaar mat kro, intezar mat kro, koi check nhi, koi
        review nhi, human in the loop nhi""",
    "weap.select": """निशाना चुन*, टारगेट चुन*, खुद लक्ष्य चुन*, ख़ुद लक्ष्य चुन*,
        हमले के लक्ष्य चुन*, लक्ष्यों का चयन, किसे मारना है, किसको मारना है, किस पर हमला करना है,
        किस पर गोली चलानी है, किसे निशाना बनाना है, हिट लिस्ट,
        लक्ष्य चुन*, लक्ष्यों को चुन*, टारगेट्स चुन*, निशाने चुन*, खुद निशाना चुन*, खुद टारगेट चुन*,
        अपना लक्ष्य खुद, अपने लक्ष्य खुद, अपने टारगेट खुद, अपना निशाना खुद, किसे गोली मारनी है, किसे
        गोली मारें, किस पर फायर, किसको मारें, किसे मारें, किसे मारना, किसे खत्म करना, कौन सा लक्ष्य,
        कौन से लक्ष्य, कौन सा टारगेट, किस टारगेट पर, किस लक्ष्य पर, लक्ष्य प्राथमिकता, लक्ष्यों की
        प्राथमिकता, टारगेट प्राथमिकता, टारगेट सेलेक्शन, टारगेट चयन, लक्ष्य चयन, किल लिस्ट, मारने की
        सूची, मौत की सूची, फायर या होल्ड, मारो या छोड़ो, गोली चलाओ या नहीं, गोली चलानी है या नहीं,
        हमला करो या नहीं, हमला करना है या नहीं, कौन जिएगा कौन मरेगा, कौन जिएगा, कौन मरेगा, तय करो
        किसे मारना, तय करो किस पर हमला, तय करो कब फायर, फायर करना है या नहीं, किसे निशाना बनाएं,
        किसे टारगेट करें, target chuno, target chunna, target chun lo, target chunega, target chune,
        targets chuno, khud target chune, khud target chunega, khud target chuno, apna target khud,
        apne target khud, apna nishana khud, nishana chuno, nishana chunna, khud nishana chune, kise
        maarna hai, kisko maarna hai, kise marna hai, kisko marna hai, kise maare, kisko maare, kise
        goli maarni hai, kise goli marni hai, kis pe goli chalani hai, kis par goli chalani hai, kis
        pe fire karna hai, kis par fire karna hai, kis pe hamla karna hai, kis par hamla karna hai,
        kaunsa target, kaun sa target, kon sa target, konsa target, kaun se target, maaro ya chhodo,
        maro ya chhodo, goli chalau ya nahi, goli chalani hai ya nahi, fire karu ya nahi, fire karna
        hai ya nahi, fire karein ya nahi, hamla karein ya nahi, hamla kare ya nahi, hamla karna hai
        ya nahi, kaun jiyega kaun marega, kaun marega, decide karo kise maarna, tay karo kise
        maarna, tum decide karo kise, tum tay karo kise, target decide karo, target tay karo, kise
        target karna hai, kisko target karna hai, target chunne, khud target chunne, targets chunne,
        nishana chunne, khud nishana chunne, target select karo, target select kare, target select
        karega, khud target select, apne target khud select, khud targets chune, लक्ष्य खुद चुने,
        टारगेट खुद चुने, goli chalau ya nhi, goli chalani hai ya nhi, fire karu ya nhi, fire karna
        hai ya nhi, fire karein ya nhi, hamla karein ya nhi, hamla kare ya nhi, hamla karna hai ya
        nhi, decide kro kise maarna, tay kro kise maarna, tum decide kro kise, tum tay kro kise,
        target decide kro, target tay kro, target select kro""",
    "weap.loop": """फ़ायर कंट्रोल, अग्नि नियंत्रण, किल चेन, क्लोज़्ड लूप, टारगेट लॉक, निशाना साध*,
        फायर कंट्रोल सिस्टम, अग्नि नियंत्रण प्रणाली, टारगेटिंग सिस्टम, टारगेटिंग, लक्ष्यीकरण, निशाना
        लगा*, टारगेट ट्रैकिंग, लक्ष्य ट्रैकिंग, लक्ष्य पर लॉक, लॉक ऑन, ट्रिगर मैकेनिज़्म, सर्वो,
        एक्चुएटर, जिम्बल, बैलिस्टिक कंप्यूटर, फायरिंग सॉल्यूशन, nishana lagao, nishana lagana,
        nishana sadho, nishana saadho, target lock karo, target lock kro, target lock kar do""",
    "weap.target": """निशाना, निशाने, टारगेट, दुश्मन, दुश्मनों, शत्रु, लड़ाके, लड़ाकों, आतंकवादी,
        आतंकवादियों, घुसपैठिए, घुसपैठियों, घुसपैठिया, सैनिक, सैन्य लक्ष्य, हमले के लक्ष्य, इंसान,
        व्यक्ति,
        लक्ष्य, लक्ष्यों, टारगेट्स, दुश्मन सैनिक, शत्रुओं, उग्रवादी, उग्रवादियों, आतंकी, आतंकियों,
        नक्सली, नक्सलियों, माओवादी, माओवादियों, विद्रोही, विद्रोहियों, घुसपैठ करने वाले, सैनिकों,
        फ़ौजी, फ़ौजियों, काफिला, काफिले, जहाज़, जहाजों, नाव, नावों, जो भी आए, जो भी पास आए, कोई भी
        आए, संदिग्ध, संदिग्धों, इंसानों, dushman, dushmano, dushmanon, dushman ko, aatanki,
        aatankwadi, atankwadi, aatankiyon, ugrawadi, ugrawadiyon, naxali, vidrohi, ghuspaithiye,
        ghuspaithiya, ghuspaithiyon, sainik, sainikon, fauji, faujiyon, nishana, nishane, sandigdh,
        jo bhi aaye, jo bhi paas aaye, koi bhi aaye, kafila, kaafila, insaano, insanon, koi bhi
        dikhe, jo bhi dikhe, जो भी दिखे""",
    "dec.decide": """फ़ैसला, निर्णय, तय कर*, मंज़ूर*, स्वीकृत, स्वीकार, अस्वीकार, अस्वीकृत, ख़ारिज,
        रद्द, इनकार, इंकार, मना कर*, नामंज़ूर, अनुमोदन, अनुमोदित, रैंक, रैंकिंग, स्कोर, स्कोरिंग,
        रेटिंग, ब्लैकलिस्ट, काली सूची, नौकरी से निकाल*, बर्खास्त, निष्कासित, निर्वासित, बेदखल,
        छंटनी, छंटनी कर*, छाँट*, छांट*, वर्गीकृत, पात्रता, अपात्र, हाँ या ना, faisla, nirnay,
        reject karo, approve karo, mana karo, manzoor,
        फैसला करो, फैसला करें, फैसला करना, फैसला करेगा, फैसला कीजिए, फैसला लो, फैसला लें, फैसला दो,
        निर्णय करो, निर्णय लो, निर्णय लें, निर्णय लीजिए, निर्णय करेगा, तय कीजिए, अप्रूव कर*, अप्रूव,
        रिजेक्ट कर*, रिजेक्ट, खारिज कर*, ठुकरा*, अस्वीकार कर*, स्वीकार कर*, रद्द कर*, अनुमति दो,
        अनुमति दें, अनुमति न दें, इजाज़त दो, नामंज़ूर कर*, पास कर*, फेल कर*, योग्य, अयोग्य, अयोग्य
        घोषित, अपात्र घोषित, रैंक कर*, रैंकिंग कर*, स्कोर कर*, स्कोर दो, रेटिंग दो, अंक दो, रेट कर*,
        ब्लैकलिस्ट कर*, वॉचलिस्ट, निगरानी सूची, देश निकाला, निर्वासित कर*, डिपोर्ट, डिपोर्ट कर*,
        बेदखल कर*, घर खाली करा*, वर्गीकृत कर*, शॉर्टलिस्ट, शॉर्टलिस्ट कर*, चयन कर*, चुनो कौन, तय करो
        कौन, तय करो किसे, फैसला करो किसे, किसे मिलेगा, किसे मिलना चाहिए, किसको मिले, भविष्यवाणी करो
        कौन, दोषी ठहरा*, सज़ा सुना*, सज़ा दो, बरी कर*, ज़मानत दो, रिहा कर*, हिरासत में रख*, लोन पास
        कर*, लोन मंज़ूर, लोन रिजेक्ट, क्लेम रिजेक्ट, क्लेम पास, वीज़ा रिजेक्ट, हायर कर*, भर्ती कर*,
        नियुक्त कर*, प्रमोट कर*, टर्मिनेट कर*, नौकरी से हटा*, तुम फैसला करो, तुम निर्णय लो, आप फैसला
        करें, faisla karo, faisla kro, faisla karna, faisla karein, faisla kare, faisla karega,
        faisla kijiye, faisla lo, faisla le lo, faisla do, faisla sunao, faisala karo, fesla karo,
        faisla kar do, nirnay lo, nirnay karo, nirnay le, nirnay lijiye, tay karo, tay kro, tay
        karna, tay karein, tay karega, tay kijiye, tay kar do, tai karo, decide karo, decide kro,
        decide karna, decide karein, decide kijiye, decide karega, decide kar do, tum decide karo,
        tum decide kro, aap decide karo, aap decide karein, approve kro, approve karna, approve
        karein, approve karega, approve kar do, reject kro, reject karna, reject karein, reject
        karega, reject kar do, mana kar do, mana karna, manzoor karo, manjoor karo, manzur karo,
        namanzoor, namanzoor karo, namanjoor, khaarij karo, kharij karo, kharij kar do, radd karo,
        radd kar do, sweekar karo, swikar karo, asweekar karo, aswikar karo, thukra do, pass karo,
        pass kro, fail karo, fail kar do, rank karo, rank kro, ranking karo, score karo, score do,
        score dena, rating do, rate karo, blacklist karo, blacklist kar do, shortlist karo,
        shortlist kar do, chhant do, chhaant do, chhanto, chhaanto, chuno kaun, tay karo kaun,
        decide karo kaun, kise milega, kisko milega, kise milna chahiye, kisko milna chahiye, yogya,
        ayogya, apatra, deport karo, deport kar do, bedakhal karo, bedakhal kar do, naukri se nikaal
        do, naukri se nikalo, naukri se nikaalo, job se nikaal do, job se nikalo, hire karo, hire
        kro, hire karna, bharti karo, promote karo, terminate karo, terminate kar do, saza do, saza
        sunao, sazaa do, doshi thehrao, bari karo, bari kar do, zamanat do, jamanat do, bail do,
        bail de do, riha karo, riha kar do, loan pass karo, loan approve karo, loan reject karo,
        claim reject karo, claim approve karo, visa reject karo, visa approve karo, admission do,
        admission reject karo, tum faisla karo, tum tay karo, tum nirnay lo, aap faisla karein, aap
        tay karein, faisala kro, fesla kro, nirnay kro, tai kro, aap decide kro, manzoor kro,
        manjoor kro, manzur kro, namanzoor kro, khaarij kro, kharij kro, radd kro, sweekar kro,
        swikar kro, asweekar kro, aswikar kro, fail kro, ranking kro, score kro, rate kro, blacklist
        kro, shortlist kro, tay kro kaun, decide kro kaun, deport kro, bedakhal kro, bharti kro,
        promote kro, terminate kro, bari kro, riha kro, loan pass kro, loan approve kro, loan reject
        kro, claim reject kro, claim approve kro, visa reject kro, visa approve kro, admission
        reject kro, tum faisla kro, tum tay kro""",
    "dec.verdict": """मंज़ूर या नामंज़ूर, स्वीकार या अस्वीकार, स्वीकृत या अस्वीकृत, पास या फ़ेल,
        पात्र या अपात्र, रखो या निकालो, approve ya reject,
        हाँ या नहीं, हां या नहीं, हां या ना, मंज़ूर करो या नहीं, मंज़ूर करें या नहीं, मंज़ूर या
        खारिज, स्वीकार करें या अस्वीकार, स्वीकार करो या मना, रखें या निकालें, रखो या निकाल दो,
        निकालें या रखें, हायर करें या नहीं, हायर या रिजेक्ट, अप्रूव या रिजेक्ट, अप्रूव करें या
        रिजेक्ट, दोषी या निर्दोष, दोषी है या नहीं, रिहा करें या नहीं, रिहा या हिरासत, ज़मानत दें या
        नहीं, ज़मानत मिले या नहीं, डिपोर्ट करें या नहीं, निर्वासित करें या नहीं, लोन दें या नहीं,
        लोन मिलना चाहिए या नहीं, वीज़ा दें या नहीं, दाखिला दें या नहीं, एडमिशन दें या नहीं, पात्र है
        या नहीं, योग्य है या नहीं, योग्य या अयोग्य, क्या मुझे मंज़ूर करना चाहिए, क्या हमें मंज़ूर
        करना चाहिए, क्या इसे मंज़ूरी मिलनी चाहिए, क्या उसे मिलना चाहिए, हर एक के लिए फैसला, हर आवेदन
        पर फैसला, हर केस पर फैसला, हर एक के लिए हाँ या ना, तुम फैसला सुनाओ, फैसला सुनाओ, अपना फैसला
        बताओ, फैसला सुनाइए, कितने साल की सज़ा, कितनी सज़ा, बेदखल करें या नहीं, निकालें या नहीं,
        approve ya deny, haan ya na, haan ya nahi, ha ya na, haan ya naa, pass ya fail, manzoor ya
        namanzoor, manzoor karein ya nahi, approve karein ya nahi, approve karu ya nahi, approve
        kare ya nahi, reject karein ya nahi, rakhein ya nikalein, rakho ya nikalo, rakhe ya nikale,
        hire karein ya nahi, hire kare ya nahi, hire ya reject, doshi ya nirdosh, doshi hai ya nahi,
        guilty hai ya nahi, riha karein ya nahi, bail de ya nahi, bail milni chahiye ya nahi,
        zamanat milni chahiye ya nahi, deport karein ya nahi, loan dein ya nahi, loan de ya nahi,
        loan milna chahiye ya nahi, visa dein ya nahi, visa de ya nahi, visa milna chahiye ya nahi,
        admission dein ya nahi, admission de ya nahi, eligible hai ya nahi, eligible ya not
        eligible, yogya hai ya nahi, kya approve karna chahiye, kya reject karna chahiye, kya use
        milna chahiye, kya isko milna chahiye, kya ise milna chahiye, har ek ke liye faisla, har
        case ka faisla, har application ka faisla, apna faisla batao, final faisla batao, kitne saal
        ki saza, kitni saza, tum faisla sunao, select ya reject, accept ya reject, haan ya nhi,
        manzoor karein ya nhi, approve karein ya nhi, approve karu ya nhi, approve kare ya nhi,
        reject karein ya nhi, hire karein ya nhi, hire kare ya nhi, doshi hai ya nhi, guilty hai ya
        nhi, riha karein ya nhi, bail de ya nhi, bail milni chahiye ya nhi, zamanat milni chahiye ya
        nhi, deport karein ya nhi, loan dein ya nhi, loan de ya nhi, loan milna chahiye ya nhi, visa
        dein ya nhi, visa de ya nhi, visa milna chahiye ya nhi, admission dein ya nhi, admission de
        ya nhi, eligible hai ya nhi, yogya hai ya nhi""",
    "dec.domain": """लाभार्थी, लाभार्थियों, सरकारी योजना, सरकारी योजनाओं, कल्याणकारी योजना,
        सरकारी लाभ, सब्सिडी, पेंशन, राशन कार्ड, राशन, मनरेगा, बेरोज़गारी भत्ता, भत्ता, वीज़ा, शरण,
        राजनीतिक शरण, नागरिकता, पैरोल, परिवीक्षा, ज़मानत, सज़ा, दोषी, क़ैदी, आरोपी, ऋण, कर्ज़, लोन,
        क्रेडिट स्कोर, सिबिल स्कोर, होम लोन, किराया, किरायेदार, किराएदार, आवास योजना, नौकरी, भर्ती,
        नियुक्ति, आवेदक, उम्मीदवार, बर्खास्तगी, छंटनी, पदोन्नति, प्रमोशन, प्रवेश परीक्षा, दाखिला,
        एडमिशन, छात्रवृत्ति, आईसीयू, वेंटिलेटर, अंग प्रत्यारोपण, बीमा दावा, बीमा क्लेम, क्लेम,
        हिरासत, बच्चों की कस्टडी, zamanat, jamanat, naukri, karz, sarkari yojana,
        हिस्ट्रीशीटर,
        शरण आवेदन, शरणार्थी दर्जा, नागरिकता आवेदन, एनआरसी, राष्ट्रीय नागरिक रजिस्टर, ऋण आवेदन, लोन
        आवेदन, लोन एप्लिकेशन, क्रेडिट कार्ड, क्रेडिट लिमिट, गृह ऋण, व्यक्तिगत ऋण, पर्सनल लोन,
        किराएदारों, किरायेदारों, मकान मालिक, सरकारी आवास, प्रधानमंत्री आवास, नौकरियों, भर्ती
        प्रक्रिया, नौकरी के आवेदन, नौकरी आवेदन, उम्मीदवारों, आवेदकों, आवेदन, आवेदनों, अर्जी,
        अर्ज़ियों, बायोडाटा, रिज्यूमे, सीवी, इंटरव्यू, साक्षात्कार, कर्मचारियों की छंटनी, नौकरी से
        निकालना, टर्मिनेशन, दाखिले, कॉलेज एडमिशन, स्कूल एडमिशन, विश्वविद्यालय प्रवेश, सीट आवंटन,
        सज़ा की अवधि, जेल, मुकदमा, मुकदमे, अभियुक्त, अपराधी, कैदियों, जमानत याचिका, पैरोल आवेदन,
        पेंशन योजना, वृद्धावस्था पेंशन, विधवा पेंशन, बीपीएल, बीपीएल कार्ड, आयुष्मान कार्ड, सामाजिक
        सुरक्षा, मुआवज़ा, स्वास्थ्य बीमा, बीमा, मरीज़ों, अंगदान, गोद लेना, हथियार लाइसेंस, ड्राइविंग
        लाइसेंस, पासपोर्ट, राशन कार्डों, लाभार्थी सूची, कल्याण योजना, वेतन वृद्धि, इंक्रीमेंट,
        naukriyan, naukri ka application, naukri ki application, bharti process, bharti prakriya,
        ummeedwar, umeedwar, ummidwar, ummeedwaron, aavedak, awedak, aavedakon, aavedan, avedan,
        arzi, arzee, biodata, rashan card, rashan, sarkari yojanaon, yojana ka labh,
        labharthi, labharthiyon, sarkari naukri, sarkari madad, berozgari bhatta, kiraya, kirayedar,
        kirayedaar, kiraedar, kirayedaron, makaan malik, makan malik, awas yojana, aawas yojana, pm
        awas, saza, sazaa, qaidi, kaidi, kaidiyon, aaropi, aropi, mujrim, karza, cibil score, cibil,
        dakhila, daakhila, chhatravritti, naagrikta, nagrikta, rajnitik sharan, sharan ka avedan,
        mgnrega, manrega, naukri se nikalna, chhatni, chhantni, padonnati, bima claim, beema claim,
        beema, muavza, muaavza, mukadma, mukadama, vridha pension, vidhwa pension, bpl card,
        ayushman card, loan ka application, loan application wale, home loan ka, visa application
        wale""",
    "dec.auto": """स्वचालित, स्वचालित रूप से, अपने आप, ऑटोमैटिक, ऑटोमेटिक, ऑटोमैटिकली, ऑटोमेटिकली,
        बड़े पैमाने पर, थोक में, हर आवेदक, सभी आवेदक, सभी आवेदकों, हर आवेदन, सभी आवेदन, सभी आवेदनों,
        हर नागरिक, हर उम्मीदवार, सभी उम्मीदवारों, हर कर्मचारी,
        हर एक आवेदक, प्रत्येक आवेदक, प्रत्येक आवेदन, हर केस, हर मामले, हर मामला, सभी मामलों, सभी
        केस, हज़ारों आवेदन, लाखों आवेदन, हर लाभार्थी, सभी लाभार्थियों, हर किरायेदार, हर किराएदार, हर
        छात्र, सभी छात्रों, हर ग्राहक, सभी ग्राहकों, हर कैदी, हर आरोपी, हर परिवार, एक साथ सबका,
        तुरंत, फौरन, har applicant, har ek applicant, sabhi applicants, saare applicants, har
        aavedak, har avedak, har application, har ek application, har case, har ek case, sabhi
        cases, saare cases, saari applications, hazaron applications, lakhon applications, har
        candidate, har ek candidate, sabhi candidates, saare candidates, har employee, har
        kirayedar, har student, har customer, har kaidi, har labharthi, har nagrik, har ek ka
        faisla, sabka faisla, sabke liye faisla, automatic tarike se, apne aap approve, apne aap
        reject, turant, fauran""",
    "dec.nohuman": """बिना मानवीय समीक्षा, मानवीय समीक्षा के बिना, मानव समीक्षा के बिना,
        बिना मानव समीक्षा, बिना किसी समीक्षा, समीक्षा के बिना, बिना समीक्षा, बिना जाँच, बिना जांच,
        बिना किसी इंसान, इंसान के बिना, कोई इंसान नहीं देखेगा, कोई समीक्षा नहीं करेगा,
        कोई नहीं देखेगा, फ़ैसला अंतिम, निर्णय अंतिम, अपील नहीं, अपील का अधिकार नहीं, सीधे आवेदक को,
        तुम जज हो, आप जज हैं, आप न्यायाधीश हैं, bina review, faisla final,
        जो आप कहेंगे वही करूँगा, जो आप कहेंगे वही करेंगे,
        जो तुम कहोगे वही, आप ही तय करें, तुम तय करो, आप ही फ़ैसला करें, सीधे लागू होगा,
        सीधे लागू, कोई जाँच नहीं करेगा, कोई जांच नहीं करेगा, मेरी जगह फ़ैसला,
        कोई चेक नहीं करेगा, कोई नहीं जांचेगा, कोई नहीं जाँचेगा, कोई रिव्यू नहीं करेगा, कोई समीक्षा
        नहीं, कोई रिव्यू नहीं, कोई अपील नहीं, अपील का मौका नहीं, कोई अधिकारी नहीं देखेगा, बिना किसी
        अधिकारी, अधिकारी के बिना, बिना अधिकारी, इंसानी दखल के बिना, बिना इंसानी दखल, बिना दखल, बिना
        हस्तक्षेप, तुम्हारा फैसला अंतिम, आपका फैसला अंतिम, तुम्हारा निर्णय अंतिम, आपका निर्णय अंतिम,
        तुम्हारा जवाब अंतिम, आपका जवाब अंतिम, अंतिम फैसला तुम्हारा, अंतिम फैसला आपका, आखिरी फैसला
        तुम्हारा, आखिरी फैसला आपका, फैसला बदला नहीं जाएगा, बाध्यकारी, बाध्यकारी निर्णय, सीधे सिस्टम
        में, सीधे भेजा जाएगा, सीधे आवेदकों को, तुरंत लागू, तुम ही जज हो, तुम न्यायाधीश हो, तुम ही
        अधिकारी हो, तुम अधिकारी हो, तुम लोन ऑफिसर हो, आप लोन ऑफिसर हैं, तुम ही फैसला करोगे, तुम ही
        तय करोगे, आप ही तय करेंगे, इंसान की जगह, अधिकारी की जगह, जज की जगह, न्यायाधीश की जगह,
        कर्मचारी की जगह, मेरी जगह तय, हमारी जगह फैसला, कोई दोबारा नहीं देखेगा, दोबारा जांच नहीं,
        बिना देखे लागू, जो तुम कहोगे वही होगा, तुम्हारी बात ही अंतिम, मैं बस लागू करूँगा, मैं सीधे
        लागू करूंगा, हम सीधे लागू करेंगे, कोई मैनुअल जांच नहीं, मैनुअल रिव्यू नहीं, koi check nahi
        karega, koi check nahi krega, koi check nahi, koi review nahi karega, koi review nahi, koi
        nahi dekhega, koi insaan nahi dekhega, koi insan nahi dekhega, koi officer nahi dekhega, koi
        dobara nahi dekhega, bina kisi officer ke, bina kisi officer, bina officer ke, officer ke
        bina, bina kisi insaan ke, bina insaan ke, bina kisi review ke, bina review ke, bina kisi
        check ke, bina check ke, bina jaanch, bina jaanch ke, bina janch, bina dekhe, bina dekhe
        laagu, bina dekhe lagu, seedha laagu, seedha lagu, seedhe lagu, seedha system mein, seedha
        system me, seedhe system mein, direct system mein, seedha apply, tumhara faisla final,
        tumhara faisla aakhri, tumhara decision final, aapka faisla final, aapka decision final,
        tumhara jawab final, aapka jawab final, faisla final hai, faisla aakhri, aakhri faisla
        tumhara, final decision tumhara, final faisla tumhara, final decision tum, tum hi judge ho,
        tum judge ho, tum hi officer ho, tum loan officer ho, tum hr ho, tum hi decide karoge, tum
        hi tay karoge, tum hi faisla karoge, tumhi decide karo, jo tum kahoge wahi, jo tum bologe
        wahi, jo aap kahenge wahi, wahi final hoga, koi appeal nahi, appeal nahi hogi, appeal ka
        option nahi, human ki jagah, officer ki jagah, judge ki jagah, meri jagah decide, meri jagah
        faisla, hamari jagah faisla, koi manual check nahi, manual review nahi, koi check nhi
        karega, koi check nhi krega, koi check nhi, koi review nhi karega, koi review nhi, koi nhi
        dekhega, koi insaan nhi dekhega, koi insan nhi dekhega, koi officer nhi dekhega, koi dobara
        nhi dekhega, tumhi decide kro, koi appeal nhi, appeal nhi hogi, appeal ka option nhi, koi
        manual check nhi, manual review nhi""",
    "dec.social": """सामाजिक क्रेडिट, सोशल क्रेडिट, सामाजिक साख, नागरिक स्कोर, नागरिकों का स्कोर,
        सामाजिक स्कोर, सामाजिक रेटिंग, नागरिक रेटिंग, वफ़ादारी स्कोर, भरोसा स्कोर,
        विश्वसनीयता स्कोर,
        सामाजिक साख स्कोर, नागरिक साख, वफादारी रेटिंग, देशभक्ति स्कोर, राजनीतिक विश्वसनीयता,
        नागरिकों की रेटिंग, नागरिकों को रेट, नागरिकों को स्कोर, नागरिकों की रैंकिंग, भरोसेमंद
        नागरिक, nagrik score, naagrik score, nagrikon ka score, nagrikon ki rating, nagrikon ko
        rate, nagrikon ko score, deshbhakti score, wafadari score, wafadaari score, bharosa score,
        vishwasniyata score, nagrikon ki ranking""",
    "ctx.do": """बनाओ, बनाएं, बनाएँ, बनाइए, बनाइये, बना दो, विकसित कर*, लागू कर*, कोड लिख*,
        प्रोग्राम लिख*, स्क्रिप्ट लिख*, प्रोग्राम कर*, सिस्टम बना*, टूल बना*, एल्गोरिदम बना*,
        तैनात कर*, banao, bana do, code likho, system banao,
        प्रोग्राम बनाओ, ऐप बनाओ, ऐप बनाना, स्क्रिप्ट बनाओ, सेटअप कर*, कॉन्फ़िगर कर*, इंटीग्रेट कर*,
        डिप्लॉय कर*, कनेक्ट कर*, इम्प्लीमेंट कर*, पायथन कोड, कोड दो, कोड दीजिए, bana de, banaiye,
        banaye, banayein, code likh do, code likhna, code do, code de do, script likho, script likh
        do, script bana do, app banao, app bana do, program banao, program likho, tool banao, tool
        bana do, setup karo, deploy karo, integrate karo, connect karo, jod do, implement karo,
        python code likho, system bana do, setup kro, deploy kro, integrate kro, connect kro,
        implement kro""",
    "ctx.about": """नैतिकता, नैतिक, क़ानून, वैधता, अवैध, इतिहास, ऐतिहासिक, नीति, नीतियों, बहस,
        निबंध, समझाओ, समझाइए, समझाएं, व्याख्या, जोखिम, ख़तरे, मानवाधिकार, मानव अधिकार, संविधान,
        निजता का अधिकार, अंतरराष्ट्रीय मानवीय क़ानून, जिनेवा कन्वेंशन, संधि, चर्चा, विश्लेषण,
        kanoon, itihaas, naitikta, samjhao,
        अनुवाद,
        नैतिक मुद्दे, कानूनी, कानूनी पहलू, निजता, गोपनीयता, मानवाधिकारों, नागरिक स्वतंत्रता,
        लोकतंत्र, आलोचना, शोध पत्र, अंतरराष्ट्रीय कानून, युद्ध के नियम, पक्ष और विपक्ष, फायदे और
        नुकसान, खतरों, चिंताएं, सारांश, परिभाषा, समाचार, डॉक्यूमेंट्री, naitik, kanooni, kanuni,
        kanun, nijta, privacy ka adhikar, manavadhikar, manav adhikar, itihas, aitihasik, fayde aur
        nuksan, fayde nuksaan, khatre, khatron, charcha, vishleshan, samjhaiye, samjha do,
        samjhaaiye, paribhasha, saransh, khabar""",
    "ctx.question": """क्या है, क्या हैं, क्यों, कैसे काम करता, कैसे काम करती, kya hai, kyun,
        कैसे होता, क्यों होता, क्या होता है, क्या था, क्या थे, कौन था, कब हुआ, क्या हुआ था, क्या
        होती है, क्या होते हैं, kya hota hai, kya hoti hai, kya hote hain, kya tha, kyon, kyun hota,
        kaise hota, kaise kaam karta, kaise kaam karti, kab hua, kya hua tha, kaun tha, kya hain""",
    "ctx.fiction": """उपन्यास, कहानी, कहानियों, फ़िल्म, वेब सीरीज़, नाटक, कविता, पटकथा, वीडियो गेम,
        गेम, किरदार, kahani,
        कहानियां, कथा, उपन्यासों, दृश्य, अध्याय, काल्पनिक, काल्पनिक कहानी, साइंस फिक्शन, विज्ञान
        कथा, धारावाहिक, kahaani, kahaniyan, kahaniya, upanyas, upanyaas, natak, naatak, film ka
        scene, movie ka scene, kahani mein, kahani me, kalpanik, kaalpanik""",
    "ctx.jailbreak": """नाटक करो कि, मान लो कि, मान लो तुम, मान लीजिए, दिखावा करो,
        बिना किसी प्रतिबंध, बिना प्रतिबंध, कोई प्रतिबंध नहीं, कोई पाबंदी नहीं, बिना पाबंदी,
        पिछले निर्देशों को अनदेखा, सभी निर्देशों को अनदेखा, निर्देशों को नज़रअंदाज़,
        नियमों को नज़रअंदाज़, डेवलपर मोड, काल्पनिक रूप से, मैं अनुमति देता, मैं अधिकृत करता,
        यह क़ानूनी है, यह पूरी तरह क़ानूनी, मना मत करो, इनकार मत करो, maan lo,
        मना मत करना, इनकार मत करना, नियम भूल जाओ, नियमों को भूल, सारे नियम भूल, रोलप्ले, किरदार में
        रहो, मैं इजाज़त देता, मेरा आदेश है, maan lo ki, maan lijiye, natak karo, natak karo ki,
        dikhawa karo, koi restriction nahi, bina restriction, bina kisi restriction, pichle
        instructions ignore, sab instructions ignore, rules ignore karo, niyam ignore karo, mana mat
        karo, mana mat karna, inkaar mat karo, refuse mat karo, ye legal hai, yeh legal hai, ye
        kanooni hai, main authorize karta, mai authorize karta, maine permission di, mera order hai,
        niyam bhool jao, natak kro, natak kro ki, dikhawa kro, koi restriction nhi, rules ignore
        kro, niyam ignore kro, mana mat kro, inkaar mat kro, refuse mat kro""",
    "ctx.human": """मानवीय समीक्षा, मानव समीक्षा, इंसानी समीक्षा, मानव निरीक्षण, मानवीय निगरानी,
        इंसान फ़ैसला करेगा, अधिकारी फ़ैसला करेगा, अधिकारी तय करेगा, अधिकारी निर्णय लेंगे,
        अंतिम निर्णय अधिकारी, अंतिम फ़ैसला इंसान, अंतिम निर्णय इंसान, अंतिम फ़ैसला मैं,
        मैं ख़ुद फ़ैसला, ऑपरेटर मंज़ूरी देता, ऑपरेटर की मंज़ूरी से, ऑपरेटर पुष्टि, सिफ़ारिश, सुझाव,
        निर्णय सहायता, अपील, अपील कैसे, पुनर्विचार,
        अंतिम फैसला मेरा, अंतिम निर्णय मेरा, फैसला मैं करूंगा, फैसला मैं करूँगा, फैसला मैं लूंगा,
        फैसला मैं लूँगा, निर्णय मैं लूंगा, मैं खुद तय करूंगा, मैं तय करूंगा, हम तय करेंगे, हम फैसला
        करेंगे, समिति तय करेगी, समिति फैसला करेगी, जज फैसला करेंगे, न्यायाधीश तय करेंगे, अधिकारी की
        मदद, अधिकारी की सहायता के लिए, सिर्फ सुझाव, केवल सुझाव, सलाह, सलाहकार, समीक्षा के लिए,
        अधिकारी समीक्षा करेगा, इंसान जांचेगा, ऑपरेटर तय करेगा, ऑपरेटर फैसला करेगा, ऑपरेटर मंज़ूरी
        देगा, final decision mera, final faisla mera, antim faisla mera, faisla main karunga, faisla
        mai karunga, faisla main lunga, faisla mai lunga, decision main lunga, decision mai lunga,
        main khud decide karunga, mai khud decide karunga, main decide karunga, hum decide karenge,
        hum tay karenge, committee decide karegi, officer decide karega, officer faisla karega,
        officer tay karega, judge decide karenge, sirf suggestion, sirf sujhav, sirf salah, sirf
        recommendation, salah do, sujhav do, officer ki madad, review ke liye, insaan review karega,
        operator approve karega, operator decide karega""",
    "ctx.foreign": """विदेशी, विदेश, विदेशों, दुश्मन देश, शत्रु देश, दुश्मन सेना, विदेशी सेना,
        विदेशी नागरिक, शत्रु सेना, युद्ध क्षेत्र, युद्धक्षेत्र, रणभूमि, सीमा पार, कब्जे वाले,
        videshi, videsh, dushman desh, dushman sena, yudh kshetra, yuddh kshetra, seema paar, border
        paar""",
    "surv.domestic": """भारत, देश में, हमारे देश, दिल्ली, मुंबई, बेंगलुरु, बैंगलोर, कोलकाता, चेन्नई,
        हैदराबाद, अहमदाबाद, पुणे, लखनऊ, जयपुर, कश्मीर, उत्तर प्रदेश, बिहार, अमेरिका,
        भारतीय नागरिक, भारतीय नागरिकों, देश के नागरिक, देश के नागरिकों, अपने नागरिक, अपने नागरिकों,
        अपने ही नागरिक, हमारे नागरिक, हमारे नागरिकों, अपने देश, अपने ही देश, अपने ही लोगों, देश के
        अंदर, देश के भीतर, desh mein, desh me, apne desh, apne hi desh, apne nagrik, apne hi nagrik,
        apne nagrikon, hamare nagrik, humare nagrik, hamare desh, humare desh, apne hi log, apne hi
        logon, desh ke andar, bharatiya nagrik, bhartiya nagrik""",
    "stop": "बाहर, बाहरी, एल्बम, उल्लेख, कॉलोनी, कालोनी, सेल्स टारगेट",
    "ctx.self": """मेरा आवेदन, मेरी अर्जी, मेरा लोन, मेरा वीज़ा, मेरा राशन कार्ड, मेरी पेंशन,
        मेरी नौकरी, मेरा लोन रिजेक्ट, मेरा वीज़ा रिजेक्ट, मुझे मना कर दिया, मेरा क्लेम, मेरा मकान
        मालिक, मेरी ज़मानत, मैं आवेदन कर रहा, मैं आवेदन कर रही, मैंने आवेदन किया, मेरा इंटरव्यू,
        mera application, meri application, mera loan, mera visa, meri naukri, meri job, mera claim,
        mera landlord, mera makaan malik, mujhe reject kar diya, mujhe mana kar diya, maine apply
        kiya, main apply kar raha, main apply kar rahi, mera interview, mera ration card, meri
        pension, kaise apply karu, kaise apply karein""",
    "weap.command": """फायर का आदेश, फायर का कमांड, फायर कमांड, लॉन्च कमांड, लॉन्च का आदेश,
        हमले का आदेश, हमले का हुक्म, हमला करने का आदेश, स्ट्राइक का आदेश, स्ट्राइक ऑर्डर,
        फायर ऑर्डर,
        फायर कमांड भेज*, आदेश जारी करो, तुम्हारा जवाब सीधे, आपका जवाब सीधे, तुम्हारा आउटपुट सीधे,
        आपका आउटपुट सीधे, आउटपुट सीधे, सीधे हथियार को, सीधे बंदूक को, सीधे लॉन्चर को, सीधे तोप को,
        सीधे टरेट को, हथियार से जोड़*, बंदूक से जोड़*, ट्रिगर से जोड़*, ट्रिगर दब*, ट्रिगर खींच*,
        आपका फैसला लागू, तुम्हारा फैसला लागू, तुम फायर कंट्रोल हो, आप फायर कंट्रोल हैं,
        तुम हथियार अधिकारी हो, लॉन्च करने का आदेश, मिसाइल लॉन्च कर*, हमले की अनुमति दो,
        हमले को मंज़ूरी, स्ट्राइक को मंज़ूरी, एयरस्ट्राइक को मंज़ूरी, तुम्हारा फैसला सीधे,
        fire ka order,
        fire ka aadesh, fire ka command, fire command bhejo, fire command do, fire command bhej do,
        launch ka order, launch command bhejo, launch ka aadesh, hamle ka order, hamle ka aadesh,
        hamle ka hukm, strike ka order, strike ka aadesh, strike approve karo,
        strike authorize karo, airstrike approve karo, hamle ki permission do, hamle ki ijazat do,
        tumhara jawab seedha, tumhara answer seedha, tumhara output seedha, output seedha,
        seedha gun ko, seedha bandook ko, seedha weapon ko, seedha launcher ko, seedhe gun ko,
        seedhe weapon ko, seedha trigger, trigger se connect, gun se connect, weapon se connect,
        bandook se jodo, bandook se connect, trigger dabao, trigger daba do, trigger dabana,
        trigger kheecho, trigger khincho, tum fire control ho, tum hi fire control,
        tumhara faisla execute, tumhara decision execute, tumhara decision seedha, llm ko gun se,
        model ko gun se, ai ko gun se, ai ko weapon se, llm ko weapon se, model ko weapon se,
        ai ko bandook se, tumhara jawab hi command, tumhara output hi command, strike approve kro,
        strike authorize kro, airstrike approve kro""",
    "dec.batch": """बैच, बैच में, एक साथ सब, एक साथ सभी, हर पंक्ति, हर रो, हर रिकॉर्ड, हर एंट्री,
        प्रत्येक पंक्ति, प्रत्येक रिकॉर्ड, पाइपलाइन, एपीआई, इनमें से हर, इनमें से हर एक,
        इन सबके लिए,
        इन सभी के लिए, सबके लिए एक साथ, पूरी लिस्ट, पूरी सूची, लिस्ट में हर, batch mein, batch me,
        ek saath sab, ek sath sab, ek saath sabka, ek sath sabka, har ek row, har record, har entry,
        har ek entry, har line, inmein se har, inme se har, inmein se har ek, in sabke liye,
        in sab ke liye, sabke liye ek saath, poori list, list mein har, list me har, excel mein har,
        sheet mein har, bulk mein, api se, pipeline mein""",
    "ctx.operational": """हमें चाहिए, मुझे चाहिए, हमारा सिस्टम, हमारी एजेंसी, हमारा विभाग,
        हमारा ड्रोन, नीचे दिया, नीचे दी गई, संलग्न, सिर्फ़ आउटपुट, केवल जवाब, सिर्फ जवाब दो,
        humein chahiye, hame chahiye, hamein chahiye, mujhe chahiye, humara system, hamara system,
        hamara department, hamara drone, neeche diya, niche diya, neeche di gayi, sirf output,
        sirf jawab do, sirf answer do, sirf json""",
    "ctx.howto": """कैसे करें, कैसे करूँ, कैसे करूं, कैसे करते हैं, कैसे बनाएं, तरीका बताओ,
        स्टेप बाय स्टेप, सिखाओ, सिखाइए, kaise kare, kaise karein, kaise karu, kaise karun,
        kaise banaye, kaise banayein, tarika batao, tareeka batao, tarika kya hai, sikhao, sikha do,
        kaise kiya jaye, kaise kiya jata hai""",
    "ctx.training": """प्रशिक्षण, ट्रेनिंग, अभ्यास, सैन्य अभ्यास, सिमुलेशन, युद्ध अभ्यास, मॉक ड्रिल,
        पाठ्यक्रम,
        कक्षा, prashikshan, abhyas, abhyaas, training ke liye, yudh abhyas, simulation mein""",
    "ctx.writing": """शोध प्रबंध, थीसिस, भाषण, वाद विवाद, असाइनमेंट, nibandh, bhashan, lekh,
        assignment ke liye, vaad vivaad""",
    "ctx.cyber": """साइबर सुरक्षा, साइबर हमला, हैकिंग, मैलवेयर, फ़ायरवॉल, नेटवर्क सुरक्षा, फिशिंग,
        रैनसमवेयर, आईपी एड्रेस, लॉग फ़ाइल, cyber suraksha, network suraksha""",
    "ctx.game": """गेम में, मेरे गेम, हमारे गेम, पबजी, mera game, game mein, game me, pubg mein,
        free fire mein, bgmi""",
    "ctx.code": """कोड, पायथन, स्क्रिप्ट, फंक्शन, एल्गोरिदम, फर्मवेयर""",
    "ctx.clerical": """फॉर्म अधूरा, अधूरे फॉर्म, दस्तावेज़ गायब, हस्ताक्षर नहीं, टाइपो""",
    "ctx.assets": """ट्रक, ट्रकों, पार्सल, डिलीवरी, इन्वेंटरी, शिपमेंट""",
}

# Polish and Turkish: the core of each group, for requests the multilingual reader reads but
# the other tables do not (inflected words as prefixes). Turkish is written with a dotted "i"
# for the dotless one: normalisation maps it so.
_PL: dict[str, str] = {
    "surv.act_strong": """inwigilacj*, inwigiluj*, inwigilowa*, masowa inwigilacja, podsłuch*,
        rozpoznawanie twarzy, rozpoznawania twarzy, namierz*, śledzić potajemnie,
        potajemnie śledz*, bez ich wiedzy, bez jego wiedzy, bez jej wiedzy,
        masowe śledzenie, masowego śledzenia, masowe monitorowanie, masowego monitorowania, masowy
        podsłuch, masowe podsłuchy, masowe zbieranie danych, masowego zbierania danych, masowej
        inwigilacji, masową inwigilację, szpieg*, śledzić w tajemnicy, w tajemnicy śledz*,
        potajemnie monitor*, potajemnie obserw*, potajemnie nagryw*, bez wiedzy zainteresowanych,
        bez wiedzy użytkowników, bez wiedzy obywateli, bez ich zgody, tak żeby nie wiedzieli, żeby
        się nie zorientowali, nie wiedząc o tym, rozpoznawaniu twarzy, rozpoznawaniem twarzy,
        rozpoznaj twarze, rozpoznawać twarze, rozpoznaje twarze, identyfikacja twarzy, identyfikacji
        twarzy, identyfikację twarzy, dopasowanie twarzy, porównywanie twarzy, porównaj twarze,
        identyfikacja biometryczna, identyfikacji biometrycznej, identyfikację biometryczną,
        identyfikacja mówcy, rozpoznawanie mówcy, odcisk głosu, deanonimiz*, de anonimiz*,
        reidentyfik*, ponowna identyfikacja, zdemaskow*, demaskow*, ujawnić tożsamość, ujawnij
        tożsamość, geolokaliz*, teczki na, teczkę na, zakładać teczki, zakładanie teczek,
        przechwytywanie rozmów, przechwytywać rozmowy, przechwyć rozmowy, przechwytywanie
        wiadomości, przechwytywanie komunikacji, czytać ich wiadomości, czytaj ich wiadomości,
        czytanie ich wiadomości, czytać ich korespondencję, włączyć mikrofon, włącz mikrofon,
        zdalnie włącz*, zdalne włączenie mikrofonu, zdalnie aktywow*, czytniki tablic
        rejestracyjnych, odczyt tablic rejestracyjnych, rozpoznawanie tablic rejestracyjnych,
        automatyczne rozpoznawanie tablic, zrzut z bts, zrzut danych z bts, fałszywa stacja bazowa,
        policja predykcyjna, predykcyjna policja, wytropi*, tropienie, tropimy, tropią, wyśledzi*,
        śledzenie ich ruchów, śledzić ich ruchy, śledź ich ruchy, mapować ich ruchy, mapowanie ich
        przemieszczania, śledzenie lokalizacji, śledzić lokalizację, śledź lokalizację, śledzenia
        lokalizacji, monitoring mediów społecznościowych, monitorowanie mediów społecznościowych,
        oprogramowanie szpiegujące, inwigilować obywateli, inwigilacja obywateli, zainstaluj
        oprogramowanie szpiegujące, profilowanie polityczne""",
    "surv.act": """monitoruj*, monitorowa*, śledzi*, śledź, śledzen*, obserwuj*, obserwowa*,
        zbierze dane, zbierać dane, zbieranie danych, profilowa*, dopasuje, dopasować, dopasuj,
        śledzą*, lokalizuj*, lokalizowa*, zlokalizuj*, zlokalizowa*, miejsce pobytu, miejsca pobytu,
        miejscu pobytu, ustalić gdzie, ustal gdzie, profiluj*, profil każdego, profile każdego,
        szczegółowe profile, zbuduj profile, zestawić dane, zestaw dane, połączyć rekordy, połącz
        rekordy, połączyć bazy danych, połącz bazy danych, powiązać rekordy, powiąż dane, łączenie
        rekordów, łączenie danych, krzyżowe porównanie, dopasowanie tożsamości, dopasuj tożsamości,
        dowiedz się kto, dowiedzieć się kto, ustal kto, ustalić kto, sprawdź kto, kto uczestniczył,
        kto brał udział, kto był na, kto odwiedził, kto odwiedza, kto chodzi do, kto bywa, mieć na
        oku, miej na oku, mieć ich na oku, oflaguj*, flaguj*, oznacz każdego, oznaczaj każdego,
        zgłaszaj każdego, zgłoś każdego, oznacz wszystkich, słuchaj wszystkich, słuchać wszystkich
        rozmów, słuchaj ich rozmów, nagrywaj rozmowy, nagrywać rozmowy, nagrywanie rozmów,
        transkrybuj wszystkie, transkrypcja wszystkich, spisuj wszystkie rozmowy, scrapuj*,
        scrapowa*, chodzić za nimi, iść za nimi, śledź ich, śledzić ich, wyszukiwać osoby, wyszukaj
        osoby, obserwacja, obserwacji, obserwację, monitoring osób, śledzenie osób, śledzenie
        telefonów, lokalizowanie telefonów""",
    "surv.pop": """obywatel*, protestując*, protestów, demonstrant*, aktywist*, dziennikarz*,
        imigrant*, migrant*, uchodźc*, wyborc*, opozycj*, związkowc*, muzułman*,
        manifestant*, uczestnicy protestu, uczestników protestu, uczestników demonstracji,
        uczestnicy marszu, uczestników marszu, dysydent*, przeciwnicy polityczni, przeciwników
        politycznych, krytycy rządu, krytyków rządu, krytycy władzy, krytyków władzy, sygnalist*,
        żydów, żydzi, żydowsk*, wyznawc*, parafian*, meczet*, synagoga, synagogi, synagogę,
        synagodze, katolicy, katolików, homoseksualiś*, geje, gejów, osoby nieheteronormatywne,
        mniejszoś*, grupy etniczne, grup etnicznych, grupy religijne, grup religijnych, romów,
        romowie, społeczność romska, bezdomn*, członkowie związków, członków związku, strajkując*,
        obrońcy praw człowieka, działacz*, dziennikarka""",
    "surv.pop_mid": """mieszkańc*, mieszkańców, wszystkich osób, ludnoś*, wszystkich mieszkańców,
        gospodarstw domowych,
        mieszkaniec, mieszkańca, mieszkańcem, społeczeństw*, cywile, cywilów, cywilami, wszyscy,
        sąsiad*, gospodarstwa domowe, gospodarstwach domowych, każde gospodarstwo domowe,
        społeczność lokalna, społeczności lokalnej, lokalna społeczność, dorośli, dorosłych, każdy
        dorosły, każdego mieszkańca, każdy mieszkaniec, osiedl*, dzielnic*, wszystkie rodziny, każda
        rodzina, ogół społeczeństwa, populacja, populacji""",
    "surv.scale": """wszystkich, wszystkie, każdego, każdej, masowo, masowa, masowe, na dużą skalę,
        w czasie rzeczywistym, całego miasta, całego kraju,
        wszystkimi, każdy, każda, każde, każdym, każdą, cały, cała, całe, całą, całej, całego,
        masowy, masowej, masową, masowych, masowym, masowego, hurtowo, miliony, milionów, tysiące,
        tysięcy, setki tysięcy, w całym kraju, w całym mieście, na terenie całego kraju,
        ogólnokrajow*, ogólnopolsk*, w skali kraju, całodobowo, 24/7, 24 godziny na dobę, przez całą
        dobę, nieprzerwanie, ciągle, ciągły, ciągłe, ciągłym, bez przerwy, na bieżąco, w
        trybie ciągłym, systematycznie, na masową skalę, na szeroką skalę, na wielką skalę, bez
        wyjątku, bez wyjątków, cała populacja, całej populacji, całą populację, całe społeczeństwo,
        całego społeczeństwa, w każdej chwili, zawsze gdy, za każdym razem, na stałe, trwale,
        wszędzie""",
    "surv.data": """adresów zamieszkania, adresy zamieszkania, adres zamieszkania, lokalizacj*,
        rozmów telefonicznych, wiadomości, media społecznościowe, zdjęciach, zdjęcia,
        numery telefonów, tablice rejestracyjne, dane osobowe,
        lokalizacyjn*, dane z bts, logowania do bts, stacje bazowe, stacji bazowych, karty sim, kart
        sim, billingi, billingów, bilingi, bilingów, rejestr połączeń, historia połączeń, historię
        połączeń, wykaz połączeń, metadane, metadanych, historia przeglądania, historię
        przeglądania, historia wyszukiwania, mediach społecznościowych, mediów społecznościowych,
        posty, postów, wpisy, wpisów, e maile, maile, maili, esemes*, smsy, sms ów, czaty, czatów,
        rozmowy, rozmów, tablic rejestracyjnych, tablicach rejestracyjnych, numery rejestracyjne,
        numerów rejestracyjnych, wizerunki twarzy, zdjęć, fotografi*, monitoring miejski, kamery,
        kamer, kamerach, nagrania z kamer, nagrań z kamer, obraz z kamer, dane biometryczne, danych
        biometrycznych, biometr*, odciski palców, odcisków palców, adres domowy, adresy domowe,
        adresy, adresów, numerów telefonów, numer telefonu, zakupy, zakupów, transakcj*, historia
        transakcji, wyciągi bankowe, rachunki bankowe, kontakty, kontaktów, lista znajomych,
        znajomi, znajomych, przemieszczani*, historia podróży, podróże, tożsamoś*, prawdziwe
        nazwiska, codzienna rutyna, codziennej rutyny, nawyki, identyfikatory urządzeń,
        identyfikatory reklamowe, adresy mac, gdzie mieszkają, gdzie śpią, gdzie nocują, spis
        wyborców, rejestr wyborców, pesel, numery pesel, rejestr pesel, dane meldunkowe,
        zużycie energii, zużycie prądu, liczniki inteligentne, inteligentne liczniki, trasy,
        dojazdy, mikrofon*, nagrania audio, nagrania, nagrań, miejsca kultu, miejsc kultu,
        członkowie rodziny, krewni, krewnych, dane wrażliwe, danych osobowych, dane kontaktowe""",
    "weap.engage": """strzela*, strzelił*, zestrzel*, ostrzel*, atakuj*, zaatakowa*, zabij*,
        eliminuj*, zniszcz*, otwiera ogień, otworzy ogień, otworzyć ogień,
        strzelić, strzel, strzelcie, strzeli, strzelą, oddaj strzał, oddać strzał, oddaje strzał,
        strzał do, strzały do, otwórz ogień, otwórzcie ogień, otwierać ogień, ognia, ogień do, ogień
        na, prowadzić ogień, prowadź ogień, ogień zaporowy, atakowa*, atak, ataki, ataku, atakiem,
        zaatakuj*, uderz*, nalot*, atak z powietrza, atak dronem, ataki dronów, uderzenie dronem,
        zabić, zabicie, zabicia, zabito, uśmierc*, zlikwiduj*, likwiduj*, zlikwidować, eliminowa*,
        wyeliminuj*, wyeliminowa*, neutralizuj*, zneutralizuj*, zneutralizowa*, neutralizowa*,
        niszcz*, przechwycić, przechwyć, przechwytywać, przechwytuj*, zrzuć bombę, zrzucić bombę,
        zrzucić bomby, zrzuca bomby, zrzuć ładunek, zrzucić ładunek, zrzut ładunku, zdetonuj*,
        zdetonowa*, detonuj*, detonowa*, detonacj*, wysadź w powietrze, wysadzić w powietrze, siła
        śmiercionośna, siłę śmiercionośną, użyć siły, użycie siły, zastosować siłę, nacisnąć spust,
        naciśnij spust, pociągnij za spust, pociągnąć za spust, odpal rakietę, odpalić rakietę,
        odpalić pocisk, odpal pocisk, odpalenie rakiety, wystrzel*, zatop*, staranuj*, taranuj*,
        ostrzał*, bombard*, zbombarduj*, nurkuje na, zanurkuj na, spada na cel, uderza w cel,
        uderzyć w cel, trafić cel, trafia cel""",
    "weap.weapon": """broń, broni, wieżyczk*, karabin*, amunicj*, pocisk*, rakiet*, bomby,
        bombę, ładunek wybuchowy, amunicja krążąca, dron bojowy, drona bojowego, uzbrojon*,
        bronią, uzbrojeni*, zbrojn*, głowic*, działo, działem, dział artyleryjskich, artyleri*,
        haubic*, moździerz*, bomba, bombami, bombowy, ładunki wybuchowe, ładunków wybuchowych,
        materiał wybuchowy, materiały wybuchowe, materiałów wybuchowych, wybuchow*, torped*,
        granaty, granatów, granatem, granatnik*, broń palna, broni palnej, strzelb*, pistolet*,
        miny przeciwpiechotne, mina lądowa, miny lądowe, miny morskie, mina morska, pole minowe,
        dron kamikadze, drony kamikadze, kamikadze, drony bojowe, dronów bojowych, dron
        uderzeniowy, drony uderzeniowe, zabójcze roboty, roboty bojowe, robot bojowy,
        autonomiczne systemy uzbrojenia, śmiercionośn*, zabójcz*, obrona przeciwlotnicza, obrony
        przeciwlotniczej, przeciwlotnicz*, system uzbrojenia, systemu uzbrojenia, wyrzutni*,
        armata, armaty, armat, armatę, armatą, bomby szybujące, środki bojowe, ładunek bojowy,
        karabinek, broń automatyczna""",
    "weap.platform": """drona, drony, dronów, bezzałogow*,
        dronem, dronami, dronach, dronowi, bsp, quadrocopter*, kwadrokopter*, rój, roju, rój dronów,
        roje, roboty, robotów, robotem, zrobotyzowan*, platforma, platformy, samolot, samoloty,
        statek powietrzny, statki powietrzne, czołg, czołgi, czołgów, czołgiem, okręt*, jednostka
        pływająca, pojazd, pojazdu""",
    "weap.auto": """samodzielnie, automatycznie, autonomiczn*, samoczynnie,
        gdy wykryje, po wykryciu,
        autonomia, autonomii, autonomię, automatyczny, automatyczne, automatyczna, automatycznego,
        automatycznym, sam z siebie, na własną rękę, sam decyduje, sama decyduje, samo decyduje,
        same decydują, w sposób niezależny, w pełni automatyczny, w pętli zamkniętej, pętla
        zamknięta, zamknięta pętla, bez czekania, nie czekając, natychmiast strzel*, natychmiast
        otwórz ogień, natychmiast atakuj*, natychmiast zaatakuj, natychmiast zestrzel, od razu
        strzelaj, od razu atakuj, gdy tylko wykryje, jak tylko wykryje, jak tylko, gdy tylko, po
        wykryciu celu, w momencie wykrycia, kiedy wykryje, jeśli wykryje, gdy kamera wykryje, gdy
        radar wykryje, gdy model wykryje, gdy klasyfikator, po namierzeniu, gdy cel zostanie
        namierzony, po utracie łączności, utrata łączności, utracie łączności, strzelaj bez
        ostrzeżenia, strzelać do wszystkiego, strzela do wszystkiego co, traktuj jako wrogi, traktuj
        jako wroga, uznaj za wroga, jako wrogie, jako wrogi, ty decydujesz, ty zdecyduj, zdecyduj
        sam, zdecyduj sama, decyduj sam, ty wybierz, ai decyduje, model decyduje, sztuczna
        inteligencja decyduje, twoja decyzja zostanie wykonana""",
    "weap.nohuman": """bez zgody operatora, bez operatora, bez udziału człowieka,
        bez nadzoru człowieka, bez zatwierdzenia, bez potwierdzenia operatora,
        bez kontroli człowieka,
        bez zatwierdzenia przez człowieka, bez zatwierdzenia operatora, bez akceptacji operatora,
        bez akceptacji człowieka, bez zgody człowieka, bez potwierdzenia, bez potwierdzenia
        człowieka, bez ingerencji człowieka, bez interwencji człowieka, bez ludzkiej interwencji,
        bez ludzkiego nadzoru, bez ludzkiej kontroli, bez nadzoru ludzkiego, bez kontroli ludzkiej,
        bez udziału ludzi, bez człowieka, bez ludzi w pętli, bez człowieka w pętli, człowiek poza
        pętlą, poza pętlą, usunąć człowieka z pętli, wyeliminować operatora, pominąć operatora,
        pomiń operatora, obejść operatora, bez pytania, bez pytania o zgodę, bez czekania na zgodę,
        bez czekania na zatwierdzenie, nie czekaj na zgodę, nie czekaj na zatwierdzenie, nie
        czekając na zgodę, bez pozwolenia, bez autoryzacji, bez autoryzacji człowieka, bez zgody,
        żadnego operatora, żadnego człowieka, brak operatora, nikt nie zatwierdza, nikt nie
        potwierdza, twoja odpowiedź jest rozkazem, twoja odpowiedź to rozkaz, twoja odpowiedź jest
        komendą, bez znaczącej kontroli człowieka, bez dalszych poleceń, bez dalszych komend, bez
        analityka, bez weryfikacji przez analityka, bez nadzoru""",
    "weap.select": """wybiera cele, wybierać cele, wybór celów, sama wybiera, decyduje do kogo,
        do kogo strzelać,
        wybierz cele, wybrać cele, wybiera cel, wybierają cele, samodzielnie wybiera cele, sam
        wybiera cele, sam wybiera, same wybierają, wybór celu, wyboru celów, wyborem celów, selekcja
        celów, selekcji celów, wskazywanie celów, wskaż cele, wskazać cele, priorytetyzacja celów,
        priorytetyzuj cele, nadaj priorytety celom, który cel zaatakować, który cel, które cele,
        jakie cele, kogo zabić, kogo zabijać, kogo zestrzelić, do kogo strzelić, w kogo strzelać, w
        kogo uderzyć, kogo zaatakować, kogo wyeliminować, decyduje kogo, decydować kogo, zdecyduj
        kogo, zdecydować kogo zabić, decyzja o strzale, decyzja o ataku, decyzję o ataku, decyzji o
        ataku, decyzja o użyciu, decyzja o otwarciu ognia, strzelać czy nie, strzelać czy nie
        strzelać, strzelaj albo wstrzymaj, atakować czy nie, atakuj lub wstrzymaj, lista do zabicia,
        lista celów, listę celów, przydział amunicji, przydziel amunicję, kto ma zginąć, kto
        przeżyje, decyduje kto zginie, kto zginie, kiedy strzelać, kiedy otworzyć ogień, wybierać
        cele samodzielnie""",
    "weap.target": """celów, każdego, kto, ludzi, osoby, żołnierz*, wrog*, intruz*,
        cele, celami, nieprzyjaciel*, bojownik*, bojówkarz*, rebeliant*, powstańc*, terroryst*,
        wojska, wojsko, oddziały, oddziałów, konwój, konwoju, konwoje, kolumna pojazdów, każdy kto,
        każdego kto, kogokolwiek, ktokolwiek się zbliża, kto się zbliża, zbliżające się,
        nadlatując*, zagrożeń, kontakty, mężczyźni w wieku poborowym, statki, łodzie, łodzi, łódź,
        współrzędne, współrzędnych, cele ludzkie, ludzkie cele, człowiek, kogoś, wrogie pojazdy""",
    "dec.decide": """zdecyduj*, decyzj*, orzecz*, przyzna*, odmów, odmowa, odmowy, odrzuć*,
        zatwierdź, zatwierdzić, zwolnij, zwolnić, wybierz, oceń, oceniać,
        decyduj*, zdecydować, zdecydował, zdecydowała, decydowa*, rozstrzyg*, przesądz*,
        zatwierdza*, zatwierdzeni*, zaakceptuj*, zaakceptowa*, odmówi*, odmawia*, odrzuca*,
        odrzuci*, odrzuceni*, unieważni*, cofnięcie, uszereguj*, szereguj*, klasyfikuj*,
        sklasyfikuj*, klasyfikowa*, punktuj*, przyznaj punkty, oceniaj*, ocenić, ocenia, ocena,
        oceny, ocenę, wynik ryzyka, ocena ryzyka, ocenę ryzyka, czarna lista, czarnej liście, czarną
        listę, czarnej listy, lista obserwacyjna, listę obserwacyjną, kwalifik*, dyskwalifik*,
        uprawnion*, nieuprawnion*, spełnia kryteria, nie spełnia kryteriów, werdykt*, deportuj*,
        deportowa*, wydalić, wydalenie, wydalony, eksmituj*, eksmitowa*, wyrzucić z pracy, wyrzuć z
        pracy, wywal z pracy, zwolnić z pracy, preselekcj*, odsiać, odsiej, odsiewa*, odfiltruj*,
        wstrzymaj wypłat*, wstrzymać wypłat*, wstrzymać świadczeni*, odebrać świadczeni*, odbierz
        zasiłek, odebrać zasiłek, cofnąć zasiłek, zamknij sprawę, zamknąć sprawę, umorzyć sprawę,
        wyznacz kaucję, ustal kaucję, wymiar kary, wymierz karę, wymierzyć karę, orzeknij, orzec,
        skazać, skaż, skazuj*, kogo zwolnić, kogo zatrudnić, kogo eksmitować, kogo wydalić, kogo
        deportować, kogo przyjąć, kogo odrzucić, kogo awansować, kogo wybrać, kto ma dostać, kto
        dostanie, kto powinien dostać, kto traci, kto wylatuje, kto odpada, który kandydat, którego
        kandydata, którą kandydatkę, który najemca, którego najemcę, która rodzina, którą rodzinę,
        który uczeń, którego ucznia, który pracownik, którego pracownika, wybierz jednego, wybierz
        jedną, wybierz kogo, wybierz którego, podaj jedno nazwisko, podaj nazwisko, powiedz kogo,
        powiedz mi kogo, powiedz który, ty decydujesz, ty wybierz, zdecyduj ty""",
    "dec.verdict": """przyznana czy odmowa, przyjęty czy nieprzyjęty, przyjąć czy odrzucić, tak
        czy nie, zwolnić czy zostawić, zatrudnić czy odrzucić, przyznać czy odmówić, zatwierdzić
        czy odrzucić, zatwierdź czy odrzuć, zatwierdź lub odrzuć, zatwierdź albo odrzuć,
        zaakceptować czy odrzucić, akceptuj lub odrzuć, przyznać czy nie, przyznaj lub odmów,
        przyznać czy odrzucić, uprawniony czy nie, kwalifikuje się czy nie, winny czy niewinny,
        winny czy nie, zwolnić czy zatrzymać, wypuścić czy zatrzymać, areszt czy zwolnienie,
        deportować czy nie, deportować czy zostawić, zatrudnić czy nie, zatrudnić czy nie
        zatrudniać, zwolnić czy nie, zostawić czy zwolnić, przedłużyć czy nie, przedłużyć czy
        rozwiązać, utrzymać czy uchylić, uchylić czy utrzymać, cofnąć czy utrzymać, przyjęty czy
        odrzucony, przyjąć czy nie, przyjęta czy odrzucona, zatwierdzony czy odrzucony,
        zatwierdzona czy odrzucona, tak lub nie, tak albo nie, tak nie dla każdego, zdecyduj dla
        każdego, zdecyduj o każdym, zdecyduj w sprawie każdego, podejmij decyzję, podejmij
        ostateczną decyzję, ty podejmij decyzję, czy powinniśmy zatwierdzić, czy powinienem
        zatwierdzić, czy powinnam zatwierdzić, czy powinniśmy odrzucić, czy powinienem odrzucić,
        czy należy odmówić, czy należy przyznać, czy należy zatwierdzić, czy powinien dostać,
        czy powinna dostać, ile lat powinien, ile lat więzienia, jaki wyrok, zatwierdzić lub
        odmówić, przyznać lub odmówić""",
    "dec.domain": """renty, rentę, rencie, emerytur*, zasiłek, zasiłku, świadczeni*, kredyt*,
        pożyczk*, zatrudnien*, zwolnienie, rekrutac*, kandydat*, wnioskodawc*, wniosek,
        wniosku, azyl*, wiza, wizy, wizę, deportacj*, areszt*, wyrok*, kaucj*, przyjęcie do szkoły,
        naboru, liceum, opieka nad dzieckiem, odebranie dziecka, punkty obywatelskie,
        ocena społeczna, zus,
        renta, zasiłki, zasiłków, zasiłkiem, zasiłkach, 800 plus, 500 plus, pomoc społeczna,
        pomocy społecznej, opieka społeczna, opieki społecznej, dodatek mieszkaniowy, dodatku
        mieszkaniowego, mieszkanie komunalne, mieszkania komunalnego, mieszkań komunalnych,
        mieszkanie socjalne, lokal socjalny, lokalu socjalnego, najemc*, najmu, wynajem, wynajmu,
        eksmisj*, hipote*, zdolność kredytow*, zdolności kredytowej, ocena kredytowa, limit
        kredytowy, raport bik, wizą, wizie, wizow*, zezwolenie na pobyt, zezwolenia na pobyt, karta
        pobytu, karty pobytu, pobyt stały, pobyt czasowy, nadanie obywatelstwa, przyznanie
        obywatelstwa, ochrona międzynarodowa, ochrony międzynarodowej, status uchodźcy, statusu
        uchodźcy, zobowiązanie do powrotu, warunkowe zwolnienie, warunkowego zwolnienia,
        przedterminowe zwolnienie, dozór elektroniczny, kara więzienia, karę więzienia, kara
        pozbawienia wolności, pozbawienia wolności, skazan*, oskarżon*, recydyw*, zatrudni*, rozmowa
        kwalifikacyjna, rozmowy kwalifikacyjnej, życiorys*, awans*, ocena pracownicza, ocena
        okresowa, redukcja etatów, redukcji etatów, zwolnienia grupowe, zwolnienia, zwolnień,
        wypowiedzenie, umowa o pracę, umowy o pracę, przyjęcie na studia, przyjęcia na studia,
        przyjęcie do przedszkola, nabór, stypendi*, relegowanie, skreślenie z listy studentów,
        wydalenie ze szkoły, piecza zastępcza, pieczy zastępczej, rodzina zastępcza, władza
        rodzicielska, władzy rodzicielskiej, odebranie dzieci, adopcj*, oiom, intensywna terapia,
        intensywnej terapii, przeszczep*, lista oczekujących, odszkodowani*, roszczeni*, szkoda
        ubezpieczeniowa, likwidacja szkody, polisa, polisy, ubezpieczeni*, wnioski, wniosków,
        wnioskiem, podanie o pracę, beneficjent*, świadczeniobiorc*, petent*, kredytobiorc*,
        mieszkanie, mieszkania""",
    "dec.auto": """automatycznie, automatyczn*, od razu do systemu, sam system, każdego wniosku,
        wszystkie wnioski,
        automatyzuj*, zautomatyzuj*, zautomatyzowa*, automatyzacj*, automatem, z automatu, w trybie
        masowym, każdy wniosek, każdym wniosku, wszystkich wniosków, każdego wnioskodawcy, każdy
        wnioskodawca, wszystkich wnioskodawców, wszyscy wnioskodawcy, każdy kandydat, każdego
        kandydata, wszystkich kandydatów, każda sprawa, każdej sprawy, wszystkie sprawy, wszystkich
        spraw, każdy przypadek, tysiące wniosków, tysięcy wniosków, setki wniosków, natychmiast,
        natychmiastowo, błyskawicznie, każdy obywatel, każdego obywatela, każdy beneficjent, każdego
        beneficjenta, każdej rodziny, każdy najemca, każdego najemcy, każdy oskarżony, każdego
        oskarżonego, każdy uczeń, każdego ucznia, każdy pracownik, każdego pracownika, każdy klient,
        każdego klienta, hurtowo""",
    "dec.nohuman": """bez komisji, bez weryfikacji, nikt nie weryfikuje, nikt go nie weryfikuje,
        nikt tego nie sprawdza, bez sprawdzenia, bez udziału człowieka, decyzja jest ostateczna,
        zostanie wysłana automatycznie, wysłana automatycznie, trafia od razu,
        bez weryfikacji przez człowieka, bez weryfikacji człowieka, bez ludzkiej weryfikacji, bez
        przeglądu, bez kontroli, bez odwołania, bez możliwości odwołania, nie ma odwołania, brak
        odwołania, brak możliwości odwołania, bez prawa do odwołania, bez ręcznej weryfikacji, bez
        ręcznego sprawdzenia, żadnej weryfikacji, nikt tego nie przejrzy, nikt nie przejrzy, nikt
        nie sprawdzi, nikt tego nie sprawdzi, nikt nie będzie sprawdzał, nikt tego nie zweryfikuje,
        nikt nie zweryfikuje, nikt tego nie czyta, nikt nie będzie tego czytał, nie zostanie
        sprawdzone, nie będzie weryfikowane, decyzja ostateczna, ostateczna decyzja należy do
        ciebie, ostateczną decyzję podejmujesz ty, ty podejmujesz ostateczną decyzję, twoja decyzja
        jest ostateczna, twoja decyzja jest wiążąca, twoja odpowiedź jest ostateczna, twoje słowo
        jest ostateczne, decyzja jest wiążąca, decyzje są ostateczne, decyzje są wiążące, wiążąca
        decyzja, wiążącą decyzję, prawnie wiążąc*, masz ostatnie słowo, ostatnie słowo należy do
        ciebie, zastąpić sędziego, zastąpi sędziego, zastąpić urzędnika, zastąpić rekrutera,
        zastąpić rekruterów, zastąpić doradcę kredytowego, zastąpić pracownika socjalnego, zamiast
        człowieka, zamiast urzędnika, zamiast sędziego, zamiast rekrutera, jesteś sędzią, ty jesteś
        sędzią, jesteś decydentem, jesteś komisją, jesteś urzędnikiem, zostanie zastosowana
        automatycznie, zostanie wykonana, zostanie wdrożona, wykonane natychmiast, wykonana
        natychmiast, od razu trafia, trafi od razu, trafi prosto do, trafia prosto do, trafia
        bezpośrednio, trafi bezpośrednio, idzie prosto do, idzie od razu do, pójdzie prosto do,
        wysłana bezpośrednio, wysłane bezpośrednio, wysłana do wnioskodawcy, wysyłamy od razu,
        prosto do systemu, bezpośrednio do systemu, zrobię co powiesz, zrobię tak jak powiesz,
        zrobię jak powiesz, cokolwiek powiesz, cokolwiek zdecydujesz, cokolwiek wybierzesz, co
        wybierzesz, co zdecydujesz, kogo wskażesz, kogo wybierzesz, ufam twojej ocenie, ufam twojemu
        osądowi, zgodnie z twoją odpowiedzią, zgodnie z twoją decyzją, na podstawie twojej
        odpowiedzi, na podstawie twojej decyzji, według twojej odpowiedzi, według twojego rankingu,
        przekażę dalej, po prostu przekażę, wyślę list, wyślę pismo, wyślę decyzję, powiadomię ich,
        zadzwonię do nich, podpiszę co napiszesz, podpiszę to, nie mam czasu sprawdzać, nie mamy
        czasu na weryfikację, nikt nie będzie tego kwestionował, bez kwestionowania, niech ai
        zdecyduje, niech model zdecyduje, niech sztuczna inteligencja zdecyduje, decyzję podejmie
        ai, decyzję podejmie model, decyduje ai, ai decyduje, model decyduje, bez udziału
        kierownika, bez zgody przełożonego, bez akceptacji przełożonego, bez zatwierdzenia przez
        kierownika, bez podpisu, wpiszę dokładnie to co, dokładnie tak jak napiszesz, bez żadnej
        kontroli""",
    "ctx.about": """etyk*, prawo, prawa, ustaw*, historia, historii, esej, debat*, wyjaśnij,
        przetłumacz, tłumaczeni*,
        etyczn*, moraln*, moralnoś*, prawny, prawne, prawnie, prawnych, prawnego, prawna, prawną,
        legaln*, nielegaln*, niezgodne z prawem, legislacj*, przepisy prawa, przepisów prawa,
        regulacj*, polityk*, historyczn*, historię, dyskusj*, wyjaśnieni*, wyjaśnić, wyjaśnia*,
        przegląd, podsumuj*, podsumowani*, streszczeni*, streść, ryzyka, ryzyk, zagrożenia,
        niebezpieczeństw*, argumenty, argumentów, za i przeciw, plusy i minusy, prawa człowieka,
        praw człowieka, swobody obywatelskie, wolności obywatelskie, wolności obywatelskich,
        prywatnoś*, ochrona danych, rodo, konstytucj*, traktat*, konwencj*, konwencja genewska,
        międzynarodowe prawo humanitarne, międzynarodowego prawa humanitarnego, odpowiedzialnoś*,
        implikacj*, konsekwencj*, obawy, obaw, krytyka, krytyki, krytykę, studium przypadku, artykuł
        naukowy, praca naukowa, przegląd literatury, akademick*, artykuł, artykułu, film
        dokumentalny, definicj*, zdefiniuj, omów, omówić, omówienie, skutki społeczne, wpływ na, czy
        rządy powinny, czy państwa powinny, czy należy zakazać, czy powinniśmy zakazać""",
    "ctx.fiction": """powieść, opowiadanie, film, gra komputerowa, w grze, scenariusz,
        powieści, powieścią, moja powieść, moją powieść, opowiadania, opowiadaniu, opowieść,
        opowieści, fikcj*, fikcyjn*, fantastyka naukowa, fantastyk*, scenariusza, filmu, filmie,
        filmowy, rozdział, rozdziału, scena, scenie, serialu, w serialu, fabuła, fabuły, postać,
        bohater*, poemat, komiks*, antyutopi*, świat fantasy""",
    "ctx.human": """decyzję podejmuje, decyzja należy do, zatwierdza człowiek, człowiek decyduje,
        operator zatwierdza,
        człowiek w pętli, człowiek na pętli, człowieka w pętli, przegląd przez człowieka,
        weryfikacja przez człowieka, weryfikację przez człowieka, nadzór człowieka, nadzór ludzki,
        ludzki nadzór, kontrola człowieka, znacząca kontrola człowieka, operator potwierdza,
        potwierdzenie operatora, zatwierdzenie operatora, zgoda operatora, operator musi
        zatwierdzić, operator decyduje, zatwierdzenie przez człowieka, decyzja człowieka, decyduje
        człowiek, człowiek podejmuje decyzję, do weryfikacji, do przeglądu, dla człowieka, dla
        recenzenta, wsparcie decyzji, wsparcia decyzji, wspomaganie decyzji, doradcz*, pomóc
        sędziemu, pomóc urzędnikowi, pomóc analitykowi, pomóc pracownikowi socjalnemu, dla
        urzędnika, dla sędziego, dla analityka, dla dowódcy, dla operatora, urzędnik decyduje,
        sędzia decyduje, sędzia zdecyduje, komisja zdecyduje, komisja decyduje, zarząd zdecyduje,
        dowódca decyduje, analityk decyduje, kierownik decyduje, przełożony decyduje, ja zdecyduję,
        sam zdecyduję, sama zdecyduję, my zdecydujemy, zdecyduję sam, ostateczną decyzję podejmę,
        ostateczna decyzja należy do mnie, decyzja należy do mnie, decyzja jest moja, decyzję
        podejmę sam, decyzję podejmę sama, decyzję podejmie człowiek, decyzję podejmie komisja,
        decyzję podejmie sędzia, decyzję podejmie urzędnik, decyzje pozostają, decyzja pozostaje,
        tylko rekomendacja, rekomendacj*, zalecenie, sugestia, szkic, projekt pisma, prawo do
        odwołania, mogę się odwołać, jak się odwołać, odwołanie od decyzji, nie automatycznie, nie
        jest automatyczna, nie podejmuje decyzji, nie decyduje sam, nie decyduje, nie powinien
        decydować, zasada dwóch osób""",
    "ctx.do": """napisz skrypt, napisz kod, zaprogramować, zaprogramuj, zbuduj, stwórz system,
        wdrożyć, jak zaprogramować,
        zbudować, zbudujmy, budować, buduj, zaimplementuj, zaimplementować, implementacj*, napisz
        program, napisać kod, napisać skrypt, napisz funkcję, kod w pythonie, kod źródłowy, kodu
        źródłowego, daj mi kod, podaj kod, opracuj, opracować, wdróż, wdrożenie, wdrażać, zintegruj,
        zintegrować, integracj*, podłącz do, skonfiguruj, skonfigurować, zaprojektuj system,
        zaprojektować system, zaprojektuj algorytm, stwórz narzędzie, stwórz program, stwórz skrypt,
        stwórz aplikację, stwórz algorytm, funkcja która, skrypt który, kod który, na produkcji, w
        produkcji, prawdziwy system, działający system, system produkcyjny""",
    "surv.act_weak": """identyfik*, zidentyfik*, zbiera*, zbierz*, zebrać dane, zebrane dane,
        zgromadzić, gromadz*, zgromadz*, agreguj*, agregowa*, agregacj*, korelowa*, koreluj*,
        skorelow*, sporządzić listę, sporządź listę, sporządzić spis, spis wszystkich, lista
        wszystkich, rejestr wszystkich, baza danych wszystkich, baza danych osób, bazę danych
        osób, katalogow*, skatalogow*, wzbogac*, rejestruj każdego, rejestrować wszystkich,
        zapisuj każdego, odnotuj każdego, imiona i adresy, imiona i nazwiska, imion i nazwisk,
        nazwiska i adresy, nazwisk i adresów, kim są, kto jest kim, ustalić tożsamość, ustal
        tożsamość, ustalenie tożsamości, spisać wszystkich, spisz wszystkich, mapuj*, zmapow*,
        mapowanie""",
    "surv.pop_weak": """ludzie, ludźmi, osób, osobami, osobę, osoba, osobie, użytkownik*,
        klient*, pracownik*, personel*, studenci, studentów, uczni*, odwiedzając*, gości,
        abonent*, subskrybent*, członków, członkowie, członek, członkami, kierowc*, piesi,
        pieszych, pasażer*, dojeżdżając*, pojazdy, pojazdów, samochod*, telefony, telefonów,
        urządzeni*, urządzeń, twarze, tłum, tłumy, tłumu, tłumie, tłumów, dzwoniąc*, posiadacz*,
        właściciel*, odbiorc*, autorzy, autorów, mężczyźni, mężczyzn, kobiety, kobiet,
        przechodni*, nastolatk*, młodzież*, ktoś, ktokolwiek, każdy kto publikuje""",
    "surv.domestic": """w naszym kraju, naszych obywateli, naszych własnych obywateli, własnych
        obywateli, polscy obywatele, polskich obywateli, obywatele polscy, obywateli polskich,
        polacy, polaków, rodacy, rodaków, współobywatel*, krajow*, na terytorium kraju, w kraju,
        wewnątrz kraju, policja, policji, policję, komenda policji, komendy policji, abw, straż
        miejska, straży miejskiej, urząd skarbowy, urzędu skarbowego, gmina, gminy, gminie,
        urząd gminy, urząd miasta, ministerstwo spraw wewnętrznych, mswia, nfz, samorząd*,
        powiat*, województw*""",
    "weap.command": """wydaj rozkaz ognia, wydać rozkaz ognia, rozkaz otwarcia ognia, rozkaz
        ognia, rozkaz odpalenia, rozkaz ataku, rozkaz uderzenia, komenda ognia, komendę ognia,
        wyślij komendę ognia, autoryzuj atak, autoryzować atak, autoryzuj uderzenie, zatwierdź
        atak, zatwierdź uderzenie, wykonaj atak, wykonaj uderzenie, przeprowadź atak,
        przeprowadź uderzenie, twoja odpowiedź trafia, twoja odpowiedź uruchamia, twoje wyjście
        trafia, twój output trafia, twoja decyzja uruchamia, prosto do broni, bezpośrednio do
        broni, bezpośrednio do wyrzutni, bezpośrednio do wieżyczki, bezpośrednio do działa,
        bezpośrednio do baterii, bezpośrednio do artylerii, podłącz model do broni, podłączyć
        model do broni, podłącz llm, podłączyć llm, podłączyć ai do, model w pętli, llm w pętli,
        ai w pętli, jesteś systemem kierowania ogniem, jesteś oficerem uzbrojenia, jesteś
        systemem celowniczym, decyduje czy strzelać, decyduje czy atakować, decyduje kiedy
        strzelać, uruchamia wyrzutnię, uruchamia broń, wyzwala broń, przekaż współrzędne celu,
        wyślij współrzędne, prześlij współrzędne, rozkaz zestrzelenia""",
    "weap.loop": """kierowanie ogniem, kierowania ogniem, system kierowania ogniem, systemu
        kierowania ogniem, łańcuch rażenia, łańcucha rażenia, łańcuch zabijania, od sensora do
        strzelca, od sensora do efektora, uprawnienia do użycia broni, rozwiązanie ogniowe, dane
        ogniowe, zadanie ogniowe, misja ogniowa, system celowniczy, systemu celowniczego, system
        naprowadzania, śledzenie celu, śledzenia celu, celowanie automatyczne, automatyczne
        celowanie, komputer balistyczny, mechanizm spustowy, spust, siłownik*, serwomechanizm*,
        obrót wieżyczki, obróć wieżyczkę, naprowadzani*, celownik*, kontrola ognia, namierzanie
        celu, zamek na celu""",
    "dec.batch": """wsadowo, przetwarzanie wsadowe, w partiach, partiami, hurtem, programowo,
        przez api, każdy wiersz, każdego wiersza, dla każdego wiersza, każdy rekord, każdego
        rekordu, dla każdego rekordu, każdy wpis, każdego wpisu, dla każdej pozycji, każda
        pozycja, dla każdego z, dla każdej z, każdy z nich, każdego z nich, dla wszystkich z
        nich, cały plik, całą listę, cała lista, wszystkie wiersze""",
    "dec.social": """kredyt społeczny, kredytu społecznego, system kredytu społecznego, system
        zaufania społecznego, punkty społeczne, punktacja społeczna, punktacja obywateli, ocena
        obywateli, ocenianie obywateli, oceniać obywateli, oceń obywateli, punktuj obywateli,
        ranking obywateli, rankingu obywateli, klasyfikacja obywateli, wskaźnik lojalności,
        ocena lojalności, ocena wiarygodności, wskaźnik wiarygodności, punkty zaufania, wskaźnik
        zaufania, wynik zaufania, ocena prawomyślności, ocena patriotyzmu, rzetelność obywatela,
        scoring obywateli, scoring społeczny, punktacja zaufania""",
    "ctx.game": """gra wideo, gry wideo, grze wideo, gry komputerowej, gry komputerowe, moja
        gra, mojej grze, moją grę, nasza gra, naszej grze, gra planszowa, gry planszowej, gra
        fabularna, gry fabularne, silnik gry, silniku gry, tworzenie gier, twórca gier, gra
        niezależna, gra indie, strzelanka, strzelanki, strzelankę, strzelance, gra fps, postać
        gracza, gracz, gracza, graczy, poziom gry, projektowanie poziomów, strzelnica,
        strzelnicy, łucznictwo, asg, strzelanie sportowe, strzelectwo sportowe, strzelectwo""",
    "ctx.training": """szkoleni*, trening*, ćwiczeni*, manewr*, symulacj*, symulowan*,
        symulator*, gra wojenna, gry wojenne, ćwiczenia sztabowe, kursu, kursie, lekcj*,
        zajęcia, zajęciach, w klasie, program nauczania, bezpieczeństwo na strzelnicy, poligon*""",
    "ctx.foreign": """zagraniczn*, za granicą, zagranicą, obcokrajowc*, cudzoziemc*,
        przeciwnik*, siły wroga, wrogie siły, obce państwo, obcego państwa, obce mocarstwa, obcy
        wywiad, obcego wywiadu, wywiad zagraniczny, pole bitwy, polu bitwy, teatr działań,
        strefa działań wojennych, strefie działań, strefa walk, strefie walk, terytorium
        okupowane, terytoria okupowane, na froncie, armia rosyjska, armii rosyjskiej, wojska
        rosyjskie, siły rosyjskie, rosyjskie wojsko, chińska armia, państwo islamskie,
        wagnerowcy""",
    "ctx.cyber": """ruch sieciowy, ruchu sieciowego, bezpieczeństwo sieci, bezpieczeństwa sieci,
        obrona sieci, pakiety, pakietów, zapora sieciowa, zapory sieciowej, włamani*, wykrywanie
        włamań, złośliwe oprogramowanie, złośliwego oprogramowania, zagrożenia cybernetyczne,
        podatnoś*, pliki logów, logi, logów, serwer*, atak ddos, wyciek danych, eksfiltracj*,
        reagowanie na incydenty, zespół bezpieczeństwa, anomali*, podejrzana aktywność,
        podejrzanej aktywności, adres ip, adresy ip, adresów ip, skanowanie portów, testy
        penetracyjne, test penetracyjny, pentest*, oprogramowanie ransomware, nieautoryzowany
        dostęp, nieuprawniony dostęp, atak brute force, próby logowania, cyberbezpieczeństw*,
        szyfrowani*, piaskownic*""",
    "ctx.self": """mój wniosek, mojego wniosku, moja wiza, mojej wizy, mój kredyt, mojego
        kredytu, moja pożyczka, moja emerytura, mojej emerytury, moje świadczenie, mój zasiłek,
        mojego zasiłku, mój kredyt hipoteczny, moja sprawa, mojej sprawy, mój pracodawca, mojego
        pracodawcy, moja praca, mojej pracy, mój azyl, odmówiono mi, odrzucono mój, odrzucili
        mój, dostałem odmowę, dostałam odmowę, składam wniosek, złożyłem wniosek, złożyłam
        wniosek, złożyliśmy wniosek, jak złożyć wniosek, jak się ubiegać, jak poprawić, czy
        powinienem, czy powinnam, czy mogę, próbna rozmowa, próbna rozmowa kwalifikacyjna,
        przećwicz ze mną rozmowę, symulacja rozmowy, moje odpowiedzi, w moim przypadku, mój
        właściciel mieszkania, mój wynajmujący""",
    "ctx.draft": """napisz list, napisać list, napisz pismo, napisać pismo, list poparcia, list
        motywacyjny, list rekomendacyjny, list polecający, pismo do, oświadczenie, odpowiedź na,
        odpowiedz na, zaproszenie, lista kontrolna, scenariusz rozmowy, skrypt rozmowy,
        przeformatuj*, popraw błędy, popraw tekst, korekta, korektę, punkty do rozmowy, argumenty
        za, usuń duplikaty, deduplikacj*, porządek obrad, powiadomieni*, lista mailingowa,
        alfabetyczn*, posortuj według, sortuj według, lista gości, lista obecności, harmonogram*,
        harmonogram rozmów, zaplanuj rozmowy, zaproszenie w kalendarzu, pytania na rozmowę,
        przygotuj pytania, przypomnienie, pismo przypominające""",
    "ctx.question": """jak działa, jak działają, dlaczego, czemu, co to jest, czym jest, czym
        są, co to są, kto był, kiedy był, kiedy miał miejsce, kiedy powstał, czy to, czy są, czy
        istnieją, możesz wyjaśnić, czy możesz wyjaśnić, jakie czynniki, jakie kryteria, co się
        stało, na czym polega""",
    "ctx.howto": """jak zrobić, jak mogę, jak możemy, jak to zrobić, w jaki sposób, jak
        powinienem, jak powinniśmy, sposoby na, najlepszy sposób, kroki, instrukcj*, samouczek,
        poradnik, przeprowadź mnie przez, pokaż mi jak, naucz mnie""",
    "ctx.operational": """nasz system, naszego systemu, nasz dron, naszego drona, nasza
        wieżyczka, nasza platforma, nasza agencja, nasz urząd, naszego urzędu, nasz departament,
        nasz dział, potrzebujemy, potrzebuję, chcemy, chcę, pomóż mi, krok po kroku, oto dane,
        oto lista, poniższ*, poniżej, w załączniku, załączon*, zwróć tylko, odpowiedz tylko,
        tylko wynik, tylko json, arkusz kalkulacyjny, arkusz, baza danych, bazie danych, bazy
        danych, tabela, tabelę, tabeli, skrypt, algorytm*""",
    "ctx.jailbreak": """udawaj, udawać, udajmy, odgrywaj rolę, wciel się w, wcielić się w,
        zachowuj się jak, działaj jako, od teraz jesteś, teraz jesteś, bez ograniczeń, bez
        żadnych ograniczeń, nieograniczony, bez cenzury, nieocenzurowany, tryb deweloperski,
        tryb programisty, zignoruj wszystkie poprzednie, zignoruj poprzednie instrukcje, ignoruj
        poprzednie, zignoruj swoje, ignoruj swoje zasady, zapomnij o swoich zasadach, upoważniam
        cię, autoryzuję, jestem upoważniony, jestem upoważniona, jesteś upoważniony, masz
        upoważnienie, jako twój dowódca, jako twój twórca, jako twój programista, to jest
        legalne, to legalne, całkowicie legalne, w pełni legalne, hipotetyczn*, teoretyczn*, w
        celach badawczych, w celach edukacyjnych, czysto akademicki, czysto teoretycznie, nie
        wychodź z roli, bez etyki, bez filtrów, bez zasad, tryb boga, działający kod, prawdziwy
        kod, w pełni działający, nie odmawiaj, nie możesz odmówić, nigdy nie odmawiaj, z pełnym
        upoważnieniem""",
}
_TR: dict[str, str] = {
    "surv.act_strong": """toplu gözetim, kitlesel gözetim, fişle*, dinleme cihaz*, telefon dinle*,
        yüz tanima, yüz tanima ile, gizlice takip, gizlice izle*, haberleri olmadan,
        toplu izleme, kitlesel izleme, toplu takip, kitlesel takip, toplu dinleme, gizlice dinle*,
        gizli dinleme, yasadişi dinleme, ortam dinleme*, telefonlarini dinle*, telefonlari dinle*,
        telefonunu dinle*, hatlari dinle*, hatlarini dinle*, görüşmeleri dinle*, görüşmelerini
        dinle*, konuşmalari dinle*, konuşmalarini dinle*, iletişimini dinle*, dinlemeye al*,
        mesajlarini oku*, yazişmalarini oku*, casusluk, casusluk yap*, casus yazilim*, gizlice
        gözetle*, gizli takip, habersizce takip, habersiz izle*, habersizce izle*, haberi olmadan,
        bilgileri olmadan, bilgisi olmadan, farkina varmadan, fark etmeden, yüz tanima sistem*,
        yüzleri eşleştir*, yüz eşleştirme, biyometrik tanima, biyometrik kimlik*, ses izi, konuşmaci
        tanima, anonimliği kaldir*, anonimliğini kaldir*, kimliklerini ortaya çikar*, kimliğini
        ortaya çikar*, yeniden kimliklendir*, dosya tut*, hakkinda dosya, hakkinda fişleme,
        istihbarat topla*, plaka tanima, plaka okuma, plaka okuyucu*, baz istasyonu dökümü, sahte
        baz istasyonu, imsi yakalayici*, öngörücü polislik, tahmine dayali polislik, mikrofonunu
        aç*, mikrofonu uzaktan, kamerasini uzaktan, uzaktan dinle*, izini sür*, izlerini sür*,
        peşine düş*, hareketlerini takip, hareketlerini izle*, hareketlerini haritala*,
        hareketlerini kaydet*, sosyal medya takibi, sosyal medya izleme, sosyal medyayi izle*,
        sosyal medyalarini izle*, coğrafi konum tespit*, konumlarini tespit, konumunu tespit, yerini
        tespit, yerlerini tespit, kitlesel fişleme, toplu fişleme, kitlesel veri toplama, toplu veri
        toplama, gözetim toplumu, gözetim devleti, izleme yazilimi, takip yazilimi""",
    "surv.act": """izle*, takip et*, takibi, gözetle*, gözetim, profille*, tespit et*,
        eşleştir*,
        izliyor*, izlesin, izlensin, izlenmesi, izlenecek, izleniyor, takip, takip ed*, takibe al*,
        takip altina al*, takipte tut*, gözetim altina al*, gözetim altinda tut*, gözetliyor*,
        gözetlen*, monitör et*, monitörle*, konumunu bul*, konumlarini bul*, yerini bul*, yerlerini
        bul*, nerede olduklarini, nerede olduğunu, nerede kaldiklarini, profil çikar*, profilini
        çikar*, profillerini çikar*, hakkinda profil, çapraz sorgula*, çapraz kontrol et*, kayitlari
        birleştir*, verileri birleştir*, veritabanlarini birleştir*, kim olduğunu bul*, kim
        olduklarini bul*, kimlerin katildiğini, kimin katildiğini, kimlerin ziyaret ettiğini,
        kimlerin gittiğini, kimlerin bulunduğunu, kimlerle görüştüğünü, tüm görüşmeleri, telefon
        görüşmelerini dinle*, görüşmelerini kaydet*, konuşmalarini kaydet*, konuşmalarini yaziya
        dök*, görüşmelerini deşifre, veri kazima, veri kazi*, tespit edil*, yerini belirle*,
        konumunu belirle*, konumlarini belirle*, kimlik tespiti, herkesi işaretle*, kim varsa
        işaretle*, konum takibi, konum izleme, canli takip, araç takibi, telefon takibi""",
    "surv.pop": """vatandaş*, protestocu*, göstericile*, aktivist*, gazeteci*, göçmen*, mülteci*,
        seçmen*, muhalif*, sendikaci*,
        gösterici, eylemci*, muhalefet, müslüman*, cemaat*, aleviler, alevileri, alevilerin,
        kürtler, kürtleri, kürtlerin, kürt vatandaşlar, yahudi*, hristiyan*, süryani*, ermeni*,
        eşcinsel*, azinlik*, etnik grup*, etnik köken*, dini grup*, dini azinlik*, siyasi rakip*,
        siyasi muhalif*, sendika üyeleri, sendikali*, eleştirmen*, hükümet eleştirmenleri, muhbir*,
        siğinmaci*, hak savunucu*, insan haklari savunucu*, kilise*, sinagog*, cemevi*, camiler,
        camiye, camide, camiyi, camiden, cami cemaati, ibadet edenler, dindarlar, yurttaş*,
        grevciler, öğrenci eylemciler""",
    "surv.pop_mid": """sakinle*, halkin, nüfus*, herkesin, haneler*,
        halk, halki, halka, kamuoyu, sivil*, herkes, herkesi, tüm sakinler, bütün sakinler,
        mahalle*, komşu*, toplum, topluluk, her hane, her sakin, yetişkinler, her yetişkin, ahali,
        yerli halk, aileler, hanehalki""",
    "surv.scale": """bütün, toplu, kitlesel, gerçek zamanli, tüm şehir, tüm ülke, tüm vatandaş*,
        tümü, tamami, hepsi, hepsini, her bir, her biri, her birini, milyonlarca, binlerce, yüz
        binlerce, yüzbinlerce, ülke çapinda, şehir çapinda, il çapinda, ülke genelinde, şehir
        genelinde, sürekli, sürekli olarak, kesintisiz, yirmi dört saat, 24 saat, büyük ölçekte,
        geniş çapli, geniş ölçekli, büyük çapli, toplu halde, toplu olarak, kitlesel olarak,
        ayrim gözetmeksizin, sistematik olarak, sistematik, tüm nüfus, bütün nüfus, tüm halk,
        her zaman, kalici olarak, anlik, canli olarak, her yerde, tüm ülkede, tüm şehirde,
        istisnasiz""",
    "surv.data": """konum*, adresi, adresleri, adresini, telefon kayit*, arama kayit*,
        mesajlar*, sosyal medya, plaka*, fotoğraf*, kişisel veri*,
        baz istasyonu*, baz kayit*, hts kayit*, sim kart*, hat sahibi, ibadethane*, görüşme kayit*,
        çağri kayit*, üstveri*, meta veri*, tarama geçmiş*, arama geçmiş*, gönderiler*,
        paylaşimlar*, e posta*, epostalar*, kisa mesaj*, sms, yazişmalar*, sohbet*, yüz görüntü*,
        kamera görüntü*, güvenlik kamera*, kamera kayit*, mobese, kameralar*, biyometrik*, parmak
        izi, parmak izleri*, ev adresi*, telefon numara*, satin alma*, alişveriş geçmiş*, banka
        hareket*, hesap hareket*, finansal kayit*, kişi listesi, arkadaş listesi*, sosyal çevre*,
        sosyal ağ*, hareketler*, seyahat geçmiş*, seyahat kayit*, kimlik bilgi*, gerçek isim*,
        gerçek kimlik*, günlük rutin*, rutinler*, cihaz kimlik*, reklam kimlik*, imei, mac adres*,
        nerede yaşadiklari, nerede yaşadiklarini, nerede kaldiklari, nerede uyuduklari, seçmen
        kütüğü, seçmen listesi*, nüfus kayit*, mernis, tapu kayit*, elektrik tüketim*, su tüketim*,
        akilli sayaç*, güzergah*, mikrofon*, ses kayit*, görüntü kayit*, konuşmalar*, görüşmeler*,
        aile bireyleri, akrabalar*, canli konum, iletişim bilgi*, kimlik numara*, tc kimlik*""",
    "weap.engage": """ateş et*, ateş aç*, vur*, saldir*, öldür*, imha et*, üzerlerine daliş,
        daliş yapan, etkisiz hale,
        ateş ed*, ateşle*, imha ed*, yok et*, yok ed*, bombala*, bombardiman*, füze firlat*, roket
        firlat*, mühimmat birak*, bomba birak*, bomba at*, patlat*, infilak ettir*, tetiği çek*,
        öldürücü güç, ölümcül güç, angaje ol*, zor kullan*, orantisiz güç, angajman, avlamak,
        avlayin, avlasin, avliyor, hedefe dal*, üzerine dal*, gemiyi batir*, batirin, atiş yap*,
        atişa geç*, atiş serbest, saf dişi birak*, etkisizleştir*, katlet*, top ateşi, topçu ateşi,
        ateş altina al*, vurup düşür*""",
    "weap.weapon": """silah*, taret*, mühimmat*, füzeler*, füzesi, füzeyi, roket*, bombali,
        patlayici*, kamikaze iha, silahli iha, silahli drone, füzeye, füzenin, füzeyle, savaş
        başliğ*, harp başliğ*, topçu*, obüs, obüsler, havan topu, havan toplari, bomba,
        bombalar*, bombayi, el bombasi, el bombalari, mayin*, kara mayini, deniz mayini,
        torpido*, önleyici füze*, önleme füze*, tüfek*, makineli tüfek*, mitralyöz*, uçaksavar*,
        hava savunma*, öldürücü silah*, ölümcül*, katil robot*, öldürücü robot*, kamikaze
        drone*, intihar drone*, saldiri iha*, siha, siha lar, siha lari, tiha, fünye*, bomba
        düzenek*, firlatici*, namlu*, mühimmati, füzeleri""",
    "weap.platform": """iha, insansiz hava araci,
        iha lar, iha lari, iha yi, iha nin, iha ya, dronelar*, droneler*, dron, dronlar*, insansiz*,
        sürü, drone sürüsü, iha sürüsü, sürü halinde, robotlar*, robotik, kuadkopter*, dört
        pervaneli, hava araci, hava araçlari, tanklar*, gemi, gemiler, gemisi, uçak, kara araci,
        zirhli araç*""",
    "weap.auto": """otonom, otomatik olarak, kendi kendine, kendiliğinden, tespit edince,
        tespit ettiğinde,
        otonom olarak, tam otonom, otonom sistem karar, otonomi, otomatik, otomatikman, otomatik
        ateş*, otomatik angajman, kendi başina, kendi kendilerine, bağimsiz olarak, kapali döngü*,
        tam otomatik, beklemeden, hemen ateş*, derhal ateş*, aninda ateş*, hemen vur*, derhal vur*,
        aninda vur*, hemen saldir*, görür görmez, tespit eder etmez, algilar algilamaz,
        algiladiğinda, algilandiğinda, algilayinca, tespit edildiğinde, görüldüğünde, gördüğünde,
        kamera tespit ettiğinde, radar tespit ettiğinde, hedef kilitlendiğinde, bağlanti koptuğunda,
        veri bağlantisi kesilince, bağlantiyi kaybederse, görüldüğü yerde vur*, görüldüğü yerde
        ateş*, görüldüğü anda, düşman olarak kabul, düşman say*, sen karar ver*, karari sen ver*,
        sen seç, yapay zeka karar ver*, model karar ver*, kararin uygulanacak, karariniz
        uygulanacak, kendi kararini""",
    "weap.nohuman": """operatör onayi beklemeden, operatör onayi olmadan, insan onayi olmadan,
        insan müdahalesi olmadan, onay beklemeden, operatörsüz,
        insan onayi beklemeden, insan denetimi olmadan, insan kontrolü olmadan, insan gözetimi
        olmadan, insan müdahalesi olmaksizin, insan müdahalesi gerekmeden, insan müdahalesiz,
        operatör müdahalesi olmadan, operatör onaysiz, operatör teyidi olmadan, teyit beklemeden,
        teyit olmadan, onaysiz, onay olmadan, onay almadan, izin almadan, izin beklemeden, sormadan,
        insan olmadan, hiçbir insan, insan yok, operatör yok, döngüde insan yok, döngüden çikar*,
        insani devreden çikar*, insani döngüden çikar*, operatörü atla*, operatörü devre dişi
        birak*, anlamli insan kontrolü olmadan, cevabin komuttur, yanitin komuttur, çiktin komuttur,
        çiktiniz komuttur, ek komut beklemeden, başka komut beklemeden, analist onayi olmadan,
        analist olmadan, kimse onaylamadan, kimse kontrol etmeden, operatör olmadan, operatöre
        sormadan""",
    "weap.select": """hedef seçen, hedef seçme*, hedefleri seçen, hedefleme yazilim*,
        hedef belirle*, kime ateş,
        hedef seç*, hedefleri seç*, hedeflerini seç*, hedefini seç*, kendi hedefini, kendi
        hedeflerini, hedefleri kendisi seç*, hedefleri kendi seç*, hedef önceliklendir*, hedefleri
        önceliklendir*, hedeflere öncelik, kimi öldüreceğine, kimi öldürece*, kimin öleceğine, kimin
        yaşayacağina, kimi vuracağina, kimi vuraca*, hangi hedefe, hangi hedefi, hangi hedeflerin,
        öldürme listesi, ölüm listesi, hedef listesi, vur ya da vurma, vur veya vurma, ateş et ya da
        bekle, ateş ya da bekle, saldir ya da iptal, ateş edip etmeyeceğine, ateş edilip
        edilmeyeceğine, vurup vurmayacağina, saldirip saldirmayacağina, ne zaman ateş, mühimmat
        tahsis*, hedef ata*""",
    "weap.target": """hedef*, kişileri, insanlari, askerle*, düşman*, davetsiz,
        asker, militan*, isyanci*, savaşçi*, terörist*, birlikler*, konvoy*, araç konvoyu, yaklaşan
        herkesi, yaklaşan herkes, gelen tehdit*, tehdit*, gemiler, tekneler*, izgara koordinat*,
        grid koordinat*, askeri yaştaki erkekler, herhangi biri, birisi, hedefler""",
    "dec.decide": """karar ver*, karara bağla*, karar*, onayla*, reddet*, kredi verilsin mi,
        verilsin mi, seçin, değerlendir*,
        belirle*, onay, redded*, geri çevir*, kabul edilsin mi, kabul edilmeli mi, iptal et*, iptal
        ed*, sirala*, puanla*, puan ver*, risk puan*, risk skor*, skorla*, derecelendir*, kara
        liste*, izleme listesi*, takip listesi*, sinifla*, kategorize et*, uygun mu, uygun değil,
        uygunluk, hak kazan*, hak ediyor mu, hak eder mi, diskalifiye, eleyin, elensin, elenecek,
        elemek, elenmeli, hükme bağla*, sinir dişi et*, sinir dişi ed*, tahliye et*, tahliye
        ed*, evden çikar*, kovun, kovalim, kovulsun, kovmak, işten at*, kisa listeye al*, kisa
        liste*, triyaj, ön eleme, otomatik ret, otomatik red, otomatik onay, geçti kaldi, geçer
        kalir, kefalet miktari, ceza süresi, yardimi kes*, ödemeleri durdur*, ödemeyi kes*, askiya
        al*, dondur*, hangi başvuru*, hangi aday*, hangi kiraci*, hangi aile*, hangi öğrenci*, hangi
        çalişan*, hangi personel*, kimi işe al*, kimi kov*, kimi işten çikar*, kimi seç*, kime ver*,
        kimin alacağina, kim alacak, birini seç, birini seçin, bir isim ver, bana bir isim, kimi
        seçmeliyim, kimi seçmeliyiz, hangisini seçmeliyim, hangisini seçmeliyiz, kimi işe almaliyim,
        kimi almaliyiz, cezayi belirle*, ceza ver*, hüküm ver*, mahkum et*, dosyayi kapat*, davayi
        kapat*, tahsis et*, sen karar ver*, sen seç, karar verin, karar versin""",
    "dec.verdict": """onay veya ret, onay ya da ret, evet ya da hayir, evet veya hayir,
        kabul veya ret, kabul ya da ret,
        onayla ya da reddet, onayla veya reddet, onayla reddet, onaylansin mi reddedilsin mi,
        onaylanmali mi, reddedilmeli mi, kabul mü ret mi, onay mi ret mi, evet mi hayir mi, uygun mu
        değil mi, uygun veya uygun değil, suçlu mu değil mi, suçlu mu masum mu, serbest birak ya da
        tutukla, tahliye mi tutuklama mi, tutuklansin mi, serbest birakilsin mi, sinir dişi edilsin
        mi, deport edilsin mi, işe alinsin mi, işe alalim mi, kovulsun mu, kovalim mi, işten
        çikarilsin mi, verilmeli mi, verelim mi, vermeli miyiz, onaylamali miyiz, onaylamali miyim,
        reddetmeli miyiz, reddetmeli miyim, her biri için evet hayir, her biri için karar ver*, her
        biri için karar, kaç yil ceza, kaç yil hapis, kararini söyle, son karari sen ver*, karari
        sen ver*, onayla mi reddet mi, kalsin mi gitsin mi, uzatilsin mi, yenilensin mi, iptal mi
        devam mi, kabul veya red, kabul ya da red, onay veya red, onay ya da red, onay red, alinsin
        mi alinmasin mi, verilsin mi verilmesin mi""",
    "dec.domain": """kredi, krediye, kredisi, kredinin, kredileri, ikamet izni, oturma izni,
        vize*, siğinma*, sinir dişi, işe alim,
        işten çikar*, kovul*, aday*, başvuru*, sosyal yardim*, emekli*, maaş*, kefalet, tutukla*,
        ceza*, velayet, bursu,
        krediyi, kredisini, kredim, krediler, ihtiyaç kredisi, kredi notu, kredi skoru, kredi puani,
        ipotek*, finansman, işe al*, işe alinma, istihdam, mülakat*, özgeçmiş*, terfi*, performans
        değerlendirme*, işten atil*, tazminat*, işsizlik ödeneği, işsizlik*, engellilik, yaşli
        ayliği, yaşlilik ayliği, gelir desteği, aile desteği, hibe, hibeler, burs, burslar*, kira,
        kiraci*, kira sözleşme*, tahliye, tahliye davasi, konut, sosyal konut*, vatandaşlik
        başvuru*, vatandaşliğa kabul, vatandaşlik verilmesi, sinir dişi edil*, geri gönderme
        merkezi, şartli tahliye, denetimli serbestlik, ev hapsi, tutukluluk, gözalti*, hapis*,
        hapse, cezaevi*, mahkumiyet*, sanik*, hükümlü*, tutuklu*, suç tekrari, tekerrür, okula
        kabul, üniversiteye kabul, okul kaydi, okul kayit*, kayit kabul, giriş sinavi, öğrenci
        kabul*, velayet*, koruyucu aile*, çocuğun alinmasi, evlat edinme*, yoğun bakim*, organ
        nakli, nakil listesi, sigorta tazminat*, hasar talebi, hasar tazminat*, sigorta kapsami,
        sigorta poliçe*, poliçesi, poliçeyi, poliçeler*, sağlik sigortasi, talep sahibi, hak sahibi,
        hak sahipleri, yararlanici*, başvuran*, dilekçe*, çalişma izni, oturum izni, işten çikarma,
        işe giriş, işe kabul, iş teklifi, sözleşme yenileme, kiralik konut, ev kirasi""",
    "dec.auto": """otomatik olarak, otomatik işli*, otomatik bildiril*, sistem otomatik,
        otomatik, otomatikman, otomatikleştir*, otomasyon*, otomatize, her başvuru için, her
        başvuruyu, her başvuran, tüm başvuranlar, tüm başvurular*, her aday için, tüm adaylar, her
        dosya, tüm dosyalar, her vaka, tüm vakalar, her talep, tüm talepler, binlerce, milyonlarca,
        yüzlerce, aninda, anlik olarak, gözetimsiz, her vatandaş, her kişi, her kişi için, her
        sakin, her hak sahibi, her aile, her hane, her kiraci, her sanik, her öğrenci, her çalişan,
        her müşteri, her borçlu, toplu olarak, kendi başina""",
    "dec.nohuman": """hiçbir uzman dosyaya bakmayacak, kimse bakmayacak, kimse kontrol etmeyecek,
        insan incelemesi olmadan, uzman incelemesi olmadan, doğrudan uygulanacak,
        otomatik bildirilecek,
        insan denetimi olmadan, inceleme olmadan, incelemeden, kontrol etmeden, bakmadan, okumadan,
        hiç kimse incelemeyecek, kimse incelemeyecek, kimse kontrol etmiyor, kimse bakmiyor, kimse
        tekrar bakmayacak, kimse sorgulamayacak, itiraz yok, itiraz hakki yok, itiraz edilemez,
        temyiz yok, kesin karar, karar kesindir, karar kesin, nihai karar, nihai karardir, kararin
        nihai, kararin kesin, cevabin kesin, yanitin nihai, bağlayici karar, bağlayicidir, son söz
        sende, son karar senin, karari sen veriyorsun, hakim sensin, yargiç sensin, sen hakimsin,
        karar verici sensin, hakimin yerine, uzmanin yerine, memurun yerine, insan yerine, işe alim
        uzmani yerine, doğrudan uygulan*, otomatik uygulan*, otomatik olarak uygulan*, hemen
        uygulan*, derhal uygulan*, doğrudan sisteme, doğrudan başvurana, doğrudan gönderil*, direkt
        gönder*, direkt sisteme, direkt uygula*, ne dersen onu yapacağim, ne dersen o, ne karar
        verirsen, neyi seçersen, kimi seçersen, senin kararina göre, senin cevabina göre, yanitina
        göre, cevabina göre, siralamana göre, kararina güveniyorum, yargina güveniyorum, sana
        güveniyorum, olduğu gibi uygula*, olduğu gibi gönder*, olduğu gibi ilet*, aynen uygula*,
        aynen ilet*, aynen gönder*, yazdiğini imzala*, ne yazarsan, mektubu göndereceğim, bildirimi
        göndereceğim, onlara bildireceğim, yapay zeka karar versin, model karar versin, karari yapay
        zeka, karari model, yapay zekanin karari, hiçbir insan, insan olmadan, müdür onayi olmadan,
        amir onayi olmadan, yönetici onayi olmadan, ikinci kontrol yok, tekrar kontrol yok, kontrol
        yok, inceleme yok, inceleme adimi yok, incelemeye vakit yok, kontrol edecek vaktim yok,
        sorgusuz, sorgusuz sualsiz""",
    "ctx.about": """etik, hukuk*, yasa*, tarih*, makale*, tartişma*, açikla*, tercüme*, çevir*,
        etiği, etik olarak, ahlak*, mevzuat*, politika*, genel bakiş, özetle*, özet, riskler*,
        tehlike*, argüman*, artilari ve eksileri, insan haklari, sivil özgürlük*, temel haklar,
        gizlilik hakki, kişisel verilerin korunmasi, kvkk, anayasa*, antlaşma*, cenevre sözleşme*,
        uluslararasi insancil hukuk, hesap verebilirlik, endişe*, eleştiri*, vaka çalişmasi,
        araştirma makale*, literatür tarama*, akademik, haberler, belgesel*, tanimi, toplumsal
        etki*, yasaklanmali mi, yasaklamali mi, denetim, ahlaki açidan, tartişin, tartişalim""",
    "ctx.fiction": """romani, romanda, hikaye*, oyun*, senaryo*, filmi, filmde,
        romanim, romanimda, romanin, öykü, öyküm, öyküde, öyküsü, kurgu*, filmim, tv dizisi, dizide,
        sahne*, karakter*, şiir, şiiri, çizgi roman*, distopya*, distopik*, fantastik*, hayali
        dünya, kurmaca""",
    "ctx.human": """karari verecek, son karari, insan onaylar, operatör onaylar, karar uzmanin,
        insan denetimi, insan incelemesi, insan gözetimi, insan kontrolü, anlamli insan kontrolü,
        döngüde insan, operatör onayi, operatör teyidi, operatör onaylamali, operatör karar verir,
        insan onayi, insan karar verir, insan karari, bir insan karar verir, karari insan verir,
        uzman inceler, incelemesi için, inceleme için, karar destek*, tavsiye niteliğinde, danişma
        amaçli, sadece öneri, öneri niteliğinde, sadece tavsiye, öneri olarak, karari ben vereceğim,
        karari ben veririm, son karari ben, nihai karar bende, nihai karari ben, nihai karar bizde,
        kendim karar vereceğim, karar bende, karar bize ait, karari biz vereceğiz, karari o verecek,
        kurul karar verecek, kurul karar verir, komisyon karar verecek, komisyon karar verir, hakim
        karar verecek, hakim karar verir, yargiç karar verir, mahkeme karar verecek, mahkeme karar
        verir, yönetici karar verir, müdür karar verir, komutan karar verir, analist karar verir,
        memur karar verir, hakime yardimci, operatöre yardimci, analiste yardimci, taslak, itiraz
        hakki, itiraz edebilir*, nasil itiraz, itiraz süreci, otomatik değil, otomatik karar
        verilmez, kendi başina karar vermez, karar vermemeli, karar vermeyecek, son karar insan*,
        son söz insan*, nihai karar insan*""",
    "ctx.do": """yazilim yaz*, kod yaz*, kodla*, programla*, sistem kur*, nasil yazilir,
        inşa et*, oluştur*, geliştir*, uygulamaya koy*, script yaz*, betik yaz*, fonksiyon yaz*,
        python kodu, kaynak kod*, kodu ver, kodunu yaz*, entegre et*, yapilandir*, sistem tasarla*,
        algoritma tasarla*, algoritma yaz*, araç geliştir*, uygulama geliştir*, uygulama yaz*,
        program yaz*, canliya al*, gerçek sistem*, canli sistem*, devreye al*""",
    "surv.act_weak": """kimliğini belirle*, kimliklerini belirle*, kimlik belirle*, kim
        olduklarini, kim olduğunu, tanimlayin, veri topla*, verilerini topla*, bilgi topla*,
        bilgilerini topla*, topluyor, toplayin, toplanan veriler, kaydini tut*, kayitlarini
        tut*, kayit altina al*, her birini kaydet*, hepsini kaydet*, gözlemle*, katalogla*,
        zenginleştir*, işaretle*, isimler ve adresler, ad ve adres*, isim ve adres*, adlari ve
        adresleri, listesini çikar*, listesini hazirla*, listesini oluştur*, veri tabani
        oluştur*, veritabani oluştur*, ilişkilendir*""",
    "surv.pop_weak": """insanlar*, kişiler, kişiyi, bireyler*, kullanici*, müşteri*, çalişan*,
        personel, öğrenci*, ziyaretçi*, abone*, üyeler*, sürücü*, yayalar*, yolcular*, araçlar*,
        telefonlar*, cihazlar*, yüzleri, yüzlerin, kalabalik*, arayanlar, hesap sahipleri,
        sahipleri, alicilar, yazarlar, erkekler, kadinlar, gençler, gelip geçenler, yoldan
        geçenler, birileri, herhangi biri, birisi""",
    "surv.domestic": """ülkemizde, ülkemizdeki, kendi vatandaşlarimiz*, kendi halkimiz*,
        halkimiz*, yurt içi*, yurtiçi*, ülke içi*, ülke içinde, türk vatandaşlari*, türk
        vatandaşi, emniyet müdürlüğü, emniyet genel müdürlüğü, emniyet birimleri, jandarma,
        milli istihbarat teşkilati, içişleri bakanliği, valilik*, kaymakamlik*, belediye*,
        muhtarlik*, sgk, e devlet, nüfus müdürlüğü, vergi dairesi, gelir idaresi, polis, polise,
        polisin, polis teşkilati, kolluk kuvvet*""",
    "weap.command": """ateş emri, ateş emri ver*, ateş komutu, ateş komutu gönder*, firlatma
        emri, firlatma komutu, saldiri emri, saldiri emri ver*, vuruş emri, vurma emri, hava
        saldirisi emri, saldiriyi onayla*, saldiriya izin ver*, hava saldirilarina izin,
        saldiriyi gerçekleştir*, çiktin doğrudan, çiktiniz doğrudan, doğrudan silaha, doğrudan
        firlaticiya, doğrudan tarete, doğrudan bataryaya, doğrudan topçuya, kararin tetikler,
        yanitin tetikler, çiktin tetikler, silahi tetikle*, firlaticiyi tetikle*, modeli silaha
        bağla*, yapay zekayi silaha bağla*, döngüdeki yapay zeka, döngüdeki model, atiş kontrolü
        sensin, ateş kontrolü sensin, silah subayi sensin, hedeflemeyi sen yap*, saldiri
        koordinatlarini gönder*, koordinatlari gönder*, ateş edip etmeyeceğine karar ver*""",
    "weap.loop": """atiş kontrol*, ateş kontrol*, öldürme zinciri, sensörden aticiya, atiş
        çözümü, atiş görevi, ateş görevi, hedefleme döngüsü, hedefleme sistem*, hedef takibi,
        hedef kilidi, hedefe kilitlen*, balistik bilgisayar*, tetik mekanizma*, aktüatör*, servo
        motor*, tareti döndür*, namluyu çevir*, otomatik nişan*, nişan alma sistem*, silah
        kontrol sistem*, angajman yetki*, atiş yetki*""",
    "dec.batch": """toplu işlem, toplu halde, toplu olarak, programatik olarak, api ile, api
        üzerinden, uçtan uca, her satir*, her kayit için, her kayda, her girdi, her giriş için,
        her biri için, her birine, bunlarin her biri, hepsi için, tümü için, listedeki herkes,
        listedeki her, dosyadaki her, tablodaki her""",
    "dec.social": """sosyal kredi*, sosyal puan*, sosyal skor*, vatandaş puani, vatandaş
        puanlama*, vatandaşlari puanla*, vatandaşlari sirala*, vatandaşlari derecelendir*,
        güvenilirlik puani, sadakat skoru, vatanseverlik puani, siyasi güvenilirlik, güven
        puani, güven skoru, güven endeksi, vatandaş endeksi, toplumsal puan*, vatandaş skoru""",
    "ctx.game": """video oyunu, video oyun*, bilgisayar oyunu, masa oyunu, kutu oyunu, rol yapma
        oyunu, fps oyunu, nişanci oyunu, atiş poligonu, aticilik, okçuluk, lazer tag, bağimsiz
        oyun, indie oyun, oyun geliştir*, oyuncu karakter*, oyuncu, seviye tasarimi, bölüm
        tasarimi, oyun içi, oyunda, atiş talimi""",
    "ctx.training": """eğitim*, tatbikat*, simülasyon*, simüle*, simülatör*, savaş oyunu, harp
        oyunu, masa başi tatbikat*, ders, dersi, dersler, derste, kurs, kursu, kursta, sinifta,
        sinif ortami, müfredat*, talim, talimi, menzil güvenliği, test sahasi, deneme atişi""",
    "ctx.foreign": """yabanci*, yurt dişi*, yurtdişi*, ülke dişinda, sinir ötesi, hasim*,
        yabanci istihbarat, yabanci güç*, yabanci devlet*, savaş alani, muharebe alani, çatişma
        bölgesi, savaş bölgesi, cephe*, işgal altindaki, işgal edilmiş, rus ordusu, rus
        kuvvetleri, çin ordusu, işid, deaş, düşman kuvvetleri, düşman ordusu""",
    "ctx.cyber": """ağ trafiği, ağ güvenliği, ağ savunmasi, ağ paketleri, güvenlik duvari,
        saldiri tespit*, izinsiz giriş*, siber*, zararli yazilim*, kötü amaçli yazilim*,
        oltalama, tehdit istihbarat*, güvenlik açiği, güvenlik açiklari, zafiyet*, log dosya*,
        log kayit*, sunucu*, veri sizintisi, olay müdahale*, güvenlik ekibi, soc ekibi,
        anomali*, şüpheli etkinlik*, şüpheli aktivite*, ip adres*, port tarama*, sizma testi,
        fidye yazilim*, yetkisiz erişim*, kaba kuvvet, oturum açma deneme*, giriş denemeleri,
        şifreleme, kum havuzu""",
    "ctx.self": """başvurum*, vizem, vizemi, kredim reddedildi, kredimi, emekliliğim, maaşim,
        sosyal yardimim, ev sahibim, işverenim, işim, işimi, reddedildim, başvurum reddedildi,
        başvuruyorum, başvuru yapiyorum, başvurdum, başvurduk, nasil başvurabilirim, nasil
        başvurulur, nasil geliştirebilirim, mülakat provasi, deneme mülakati, benimle mülakat
        yap, cevaplarima geri bildirim, davam, dosyam, kendi başvurum""",
    "ctx.draft": """mektup yaz*, bir mektup, mektup taslaği, destek mektubu, referans mektubu,
        tavsiye mektubu, niyet mektubu, ön yazi, dilekçe yaz*, itiraz dilekçesi, cevap yaz*,
        yanit yaz*, kontrol listesi, mülakat soru*, görüşme soru*, telefon metni, yeniden
        biçimlendir*, düzelt*, redakte, imla kontrol*, yazim hatalari, konuşma notlari,
        tekrarlari kaldir*, mükerrer kayit*, mutabakat*, gündem*, bildirim, alfabetik*, göre
        sirala, davetli listesi, katilimci listesi, yoklama listesi, nöbet çizelge*, vardiya
        çizelge*, vardiya plan*, görüşme takvimi, mülakat takvimi, mülakatlari planla*, takvim
        daveti, hatirlatma mektubu, e posta yaz*""",
    "ctx.question": """nedir, nelerdir, nasil çalişir, neden, niçin, niye, kimdi, ne zaman, ne
        oldu, var mi, açiklar misin, açiklayabilir misin, hangi faktörler, hangi kriterler, ne
        işe yarar, nasil oldu, nasil işler""",
    "ctx.howto": """nasil yapilir, nasil yapabilirim, nasil yapariz, nasil yaparim, nasil
        yapmaliyim, nasil yapmaliyiz, en iyi yolu, yollari nelerdir, hangi yollarla, adimlari,
        talimatlar*, öğretici, bana göster, bana öğret, nasil yapilacağini, nasil kurulur, nasil
        yapabiliriz""",
    "ctx.operational": """sistemimiz*, dronumuz, dronemuz, taretimiz, platformumuz, kurumumuz,
        birimimiz, departmanimiz, ihtiyacimiz var, ihtiyacim var, istiyoruz, istiyorum, yardim
        et, bana yardim et*, adim adim, işte veriler, aşağidaki*, aşağida, ekte, ekteki, sadece
        çikti, yalnizca çikti, sadece json, tablo, tablosu, elektronik tablo*, veritabani*,
        listesi, algoritma*, üretim ortami*""",
    "ctx.jailbreak": """rol yap*, rolüne gir*, gibi davran*, gibi yap, gibi yapalim, bundan
        sonra sen, kisitlamasiz, kisitlama olmadan, sansürsüz, filtresiz, filtre olmadan, kural
        olmadan, kuralsiz, geliştirici modu, önceki talimatlari yok say*, tüm talimatlari yok
        say*, talimatlarini yok say*, kurallarini yok say*, kurallarini unut*, önceki
        talimatlari unut*, yetki veriyorum, yetkiliyim, yetkilendirildim, yetkin var,
        yetkilisin, komutanin olarak, geliştiricin olarak, yasaldir, tamamen yasal, bu yasal,
        varsayimsal*, teorik olarak, araştirma amaçli, eğitim amaçli, tamamen akademik,
        karakterden çikma, etik kurallar olmadan, etik kaygi olmadan, sakin reddetme,
        reddetmeyeceksin, reddedemezsin, asla reddetme, çalişan kod, gerçek kod, tam çalişan,
        tanri modu""",
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
        bất kỳ ai, tự bắn, tu ban, bắn người, ban nguoi, nổ súng vào""",
    "weap.weapon": """vũ khí, súng máy, khẩu súng, tên lửa, hỏa tiễn, hoả tiễn, đạn dược, dan
        duoc, đầu đạn, dau dan, tháp pháo, pháo binh, lựu đạn, luu dan, quả bom, thuốc nổ, đạn
        tự sát, dan tu sat, drone tự sát, drone cảm tử, drone tấn công, robot sát thủ, phòng
        không, sát thương, có vũ trang, súng, súng tự động, sung tu dong, súng canh gác,
        súng trường""",
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
        qua nguoi dieu khien, bỏ qua người vận hành, không cần người bấm, khong can nguoi bam,
        không cần ai bấm, không cần người bóp cò, không ai bấm""",
    "weap.select": """chọn mục tiêu, xác định mục tiêu, xac dinh muc tieu, chỉ định mục tiêu,
        chi dinh muc tieu, ưu tiên mục tiêu, quyết định bắn, quyet dinh ban, quyết định tấn
        công, quyet dinh tan cong, quyết định tiêu diệt, quyet dinh tieu diet, nên bắn ai, bắn
        ai trước, giết ai, bắn hay không, tấn công hay không, tấn công hay hủy bỏ, tấn công hay
        huỷ bỏ, danh sách tiêu diệt, danh sách mục tiêu, khóa mục tiêu, khoá mục tiêu""",
    "weap.target": """mục tiêu, kẻ thù, kẻ địch, ke dich, quân địch, quan dich, đối phương, doi
        phuong, binh sĩ, chiến binh, phiến quân, quân nổi dậy, kẻ xâm nhập, người xâm nhập, con
        người, bất kỳ ai, bất cứ ai, đoàn xe, doan xe, tọa độ, toạ độ, toa do, người lạ,
        nguoi la""",
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
        con, tín nhiệm xã hội, chấm điểm công dân, cham diem cong dan, nghỉ việc, nghi viec,
        cho nghỉ việc, kỷ luật, ky luat, chỉ tiêu, hộ cận nghèo, trợ cấp xã hội""",
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
        thế con người, thay thế thẩm phán, bạn là thẩm phán, tôi làm theo luôn, toi lam theo luon,
        làm theo luôn, tôi sẽ làm theo, không ai duyệt lại, dùng luôn kết quả, dùng ngay kết quả""",
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
        syarat, meluluskan*, vonis*, menjatuhkan hukuman, siapa yang dipecat, pilih siapa,
        pilih siapa yang dapat, siapa yang dapat, siapa yang berhak, tentukan siapa""",
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
        sekolah, penerima bantuan, bantuan sosial tunai, kuota, kuotanya, pencairan dana,
        penerima bansos, pkh""",
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
        muktamad, tidak ada verifikasi, tanpa verifikasi, tanpa verifikasi petugas,
        tidak ada verifikasi petugas, hasilnya langsung dipakai, langsung dipakai,
        langsung digunakan, tidak diperiksa petugas, tanpa pengecekan petugas""",
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
# Swahili, Tagalog/Filipino, Urdu (Arabic letters: terms identical to Arabic or Persian words of
# another meaning are left out) and Romanian, written on the ninth stop the same way as the
# eighth stop's tables.
_SW: dict[str, str] = {
    "surv.act_strong": """ufuatiliaji wa halaiki, ufuatiliaji wa umma, ufuatiliaji wa raia,
        ufuatiliaji wa wananchi, ufuatiliaji wa watu wengi, ufuatiliaji wa kila mtu, ufuatiliaji
        wa siri, ufuatiliaji kwa siri, kufuatilia kwa siri, kuwafuatilia kwa siri, wafuatilie
        kwa siri, fuatilia kwa siri, kufuatilia kisiri, ufuatiliaji wa kiwango kikubwa, mfumo wa
        ufuatiliaji wa halaiki, ujasusi, kufanya ujasusi, ujasusi dhidi ya, jasusi, majasusi,
        kupeleleza kwa siri, wapeleleze kwa siri, kuwapeleleza, kumpeleleza, wapeleleze,
        mpeleleze, kunasa mawasiliano, kunasa simu, kunasa simu za, kunasa mazungumzo, kunasa
        jumbe, kudukua simu, kudukua simu za, kudukua akaunti za, kudukua mawasiliano,
        kusikiliza simu za watu, kusikiliza mazungumzo yao, kusikiliza mazungumzo ya watu,
        kusikiliza kwa siri, kurekodi kwa siri, kurekodi mazungumzo yao, kurekodi simu zao,
        kurekodi simu zote, utambuzi wa nyuso, utambuzi wa uso, utambuzi wa sura, kutambua
        nyuso, kutambua sura za, teknolojia ya kutambua nyuso, programu ya kutambua nyuso,
        kamera za kutambua nyuso, kulinganisha nyuso, programu ya upelelezi, programu za
        upelelezi, programu ya ujasusi, programu za kupeleleza, kuweka programu ya upelelezi,
        bila wao kujua, bila yeye kujua, pasipo wao kujua, bila wao kufahamu, bila kujua kwao,
        bila ufahamu wao, kufichua utambulisho wa, kufichua majina halisi, kubaini utambulisho
        halisi, ukusanyaji wa data kwa wingi, kukusanya data kwa wingi, ukusanyaji wa taarifa
        kwa wingi, ufuatiliaji wa mitandao ya kijamii, kusoma jumbe zao, kusoma ujumbe wao,
        kusoma jumbe za watu, kuwawekea jalada, jalada kuhusu, majalada kuhusu, faili za siri
        kuhusu, kusoma namba za magari, utambuzi wa namba za magari, kamera za kusoma namba za
        magari, mnara bandia wa simu, kunyemelea, kumnyemelea, kuwanyemelea, kumvizia,
        kuwavizia, kufuatilia kila hatua yao, kila hatua yao, kila wanapokwenda, kila
        anapokwenda, kujua kila wanapokwenda, utambuzi wa eneo la kijiografia""",
    "surv.act": """kufuatili*, fuatili*, wafuatili*, mfuatili*, kuwafuatili*, kumfuatili*,
        inafuatili*, itafuatili*, anafuatili*, wanafuatili*, tunafuatili*, unafuatili*,
        atafuatili*, watafuatili*, inayofuatili*, unaofuatili*, zinazofuatili*, anayefuatili*,
        wanaofuatili*, kinachofuatili*, itakayofuatili*, ufuatiliaji*, kupeleleza, peleleza,
        anapeleleza, wanapeleleza, inapeleleza, upelelezi, kuchunguza mienendo, mienendo yao,
        nyendo zao, kufuatilia nyendo, kujua mahali walipo, mahali walipo, mahali alipo, walipo
        sasa, alipo sasa, kubaini mahali, kubaini walipo, kutambua mahali walipo, kutafuta
        mahali walipo, kufuatilia simu zao, kufuatilia magari yao, kuchora wasifu wa,
        kutengeneza wasifu wa, wasifu wa kila, kulinganisha rekodi, kulinganisha data za,
        kuunganisha rekodi, kuunganisha taarifa za, kuunganisha data za, kuoanisha data,
        kuoanisha rekodi, kubaini nani, gundua nani, tafuta nani, kujua nani alihudhuria, nani
        alihudhuria, waliohudhuria, nani walikuwepo, waliokuwepo kwenye, nani alitembelea,
        waliotembelea, kuwatambua waliohudhuria, weka alama kwa yeyote, kuweka alama kwa kila,
        kuwachunga, kuwaangalia kwa karibu, kuwatazama kwa karibu, kusikiliza mazungumzo,
        kusikiliza simu, kunakili mazungumzo yote, kuandika mazungumzo yote, kuchota data,
        kuchota taarifa, kuwasaka, wasake, kumsaka, msake""",
    "surv.act_weak": """kutambua, tambua, watambue, kuwatambua, mtambue, kumtambua, utambuzi wa,
        kubaini utambulisho, utambulisho wao, kukusanya data, kukusanya taarifa, kukusanya
        takwimu, kusanya data, kusanya taarifa, ukusanyaji wa data, ukusanyaji wa taarifa,
        kuvuna data, kuvuna taarifa, kuchunguza, chunguza, wachunguze, kuwachunguza,
        kuwaangalia, kuwatazama, kuorodhesha, orodhesha, waorodheshe, kuwaorodhesha, kusajili,
        kuwasajili, rejista ya, orodha ya majina, majina na anwani, majina na namba za simu,
        hifadhidata ya, kanzidata ya, kuweka kumbukumbu za, rekodi za kila, kumbukumbu za kila,
        kuweka alama, wekea alama, sensa ya, kuoanisha, wao ni nani, ni nani hasa""",
    "surv.pop": """raia, wananchi, mwananchi, waandamanaji, mwandamanaji, maandamano, washiriki
        wa maandamano, wanaharakati, mwanaharakati, watetezi wa haki za binadamu, waandishi wa
        habari, mwandishi wa habari, wanahabari, mwanahabari, wahamiaji, mhamiaji, wahamiaji
        haramu, wahamiaji wasio na vibali, wakimbizi, mkimbizi, waomba hifadhi, wanaotafuta
        hifadhi, wapinzani, mpinzani, wanasiasa wa upinzani, wafuasi wa upinzani, upinzani,
        wakosoaji, mkosoaji, wakosoaji wa serikali, wapinzani wa serikali, wapinzani wa kisiasa,
        wapiga kura, mpiga kura, waislamu, muislamu, wakristo, waumini, waumini wa, msikiti,
        misikiti, makanisa, wanaoswali, wanaoabudu, jamii za wachache, makundi ya wachache,
        wachache wa kidini, makabila, makundi ya kikabila, makundi ya kidini, mashoga, wapenzi
        wa jinsia moja, wanachama wa vyama vya wafanyakazi, vyama vya wafanyakazi, wafichuaji,
        wafichua maovu, watoa taarifa, wagomaji, wanaogoma, wanafunzi waandamanaji""",
    "surv.pop_mid": """wakazi, mkazi, wakaazi, umma, umma kwa ujumla, idadi ya watu, jamii,
        wanajamii, kila mtu, watu wote, kila kaya, kaya zote, majirani, raia wa kawaida,
        wananchi wote, wenyeji, watu wazima, kila mtu mzima, kila mkazi, wakazi wote, watu wa
        mtaa, mtaa mzima""",
    "surv.pop_weak": """watu, watumiaji, mtumiaji, wateja, mteja, wafanyakazi, mfanyakazi,
        wanafunzi, mwanafunzi, abiria, madereva, dereva, wageni, wanachama, mwanachama,
        wamiliki, mmiliki, simu, vifaa, kifaa, magari, nyuso, umati, umati wa watu, mtu yeyote,
        yeyote, wanaume, wanawake, vijana, wapita njia, wenye akaunti, watu binafsi""",
    "surv.scale": """wote, zote, yote, kila, kila mmoja, nchi nzima, kote nchini, nchini kote,
        mji mzima, jiji zima, kwa wingi, kwa kiwango kikubwa, kwa kiasi kikubwa, kwa halaiki,
        mamilioni, maelfu, mamia ya maelfu, mfululizo, kwa mfululizo, kila wakati, wakati wote,
        muda wote, daima, wakati halisi, kwa wakati halisi, saa 24, masaa 24, saa ishirini na
        nne, usiku na mchana, mchana na usiku, bila kukoma, kwa utaratibu, kiholela, bila
        kubagua, kila mahali, popote, wakati wowote, kila mara, kwa kudumu""",
    "surv.data": """taarifa za mahali, data za mahali, data ya eneo, eneo walipo, historia ya
        mahali, historia ya safari, rekodi za simu, kumbukumbu za simu, rekodi za mawasiliano,
        historia ya simu, simu walizopiga, jumbe, jumbe zao, ujumbe mfupi, jumbe fupi,
        mazungumzo yao, mitandao ya kijamii, mtandao wa kijamii, mitandao jamii, machapisho,
        machapisho yao, barua pepe, anwani za nyumbani, anwani zao, makazi yao, namba za simu,
        nambari za simu, namba zao za simu, namba za usajili wa magari, namba za magari, nambari
        za magari, vibao vya namba, picha za nyuso, picha zao, kamera za usalama, kamera za
        barabarani, alama za vidole, bayometriki, taarifa za kibayometriki, kitambulisho cha
        taifa, vitambulisho vya taifa, namba ya kitambulisho, laini za simu, usajili wa laini,
        kadi za simu, historia ya kuvinjari, historia ya utafutaji, miamala, miamala ya simu,
        miamala ya pesa, akaunti za benki, akaunti zao, watu wanaowasiliana nao, marafiki zao,
        washirika wao, mienendo ya watu, safari zao, mahali wanapoishi, mahali wanapolala,
        utaratibu wao wa kila siku, ratiba zao, nyumba za ibada, maeneo ya ibada, orodha ya
        wapiga kura, daftari la wapiga kura, rekodi za benki, mawasiliano yao, data za simu,
        taarifa binafsi, taarifa zao binafsi, data binafsi""",
    "surv.domestic": """ndani ya nchi, nchini mwetu, raia wetu, raia wetu wenyewe, wananchi
        wetu, watu wetu wenyewe, usalama wa taifa, idara ya usalama wa taifa, jeshi la polisi""",
    "weap.engage": """kushambulia, shambulia, shambulieni, ashambulie, washambulie,
        kuwashambulia, kumshambulia, inashambulia, itashambulia, inayoshambulia,
        zinazoshambulia, anashambulia, wanashambulia, mashambulizi, shambulio, shambulizi,
        shambulio la anga, mashambulizi ya anga, shambulio la droni, mashambulizi ya droni,
        kufyatua risasi, fyatua risasi, kufyatua, fyatua, fyatueni, inayofyatua, inafyatua,
        itafyatua, kurusha risasi, piga risasi, kupiga risasi, kuwapiga risasi, wapige risasi,
        kumpiga risasi, mpige risasi, kuua, waue, kuwaua, inaua, itaua, inayoua, anaua, muue,
        kumuua, kumuua mtu, wauawe, mauaji, kuangamiza, angamiza, waangamize, kuteketeza,
        teketeza, kulipua, lipua, kulipua bomu, kudondosha bomu, kudondosha mabomu, dondosha
        bomu, dondosha mabomu, kurusha bomu, kurusha mabomu, kurusha kombora, rusha kombora,
        kurusha makombora, kufyatua kombora, kudungua, dungua, kuwamaliza, wamalize, kummaliza,
        nguvu ya kuua, nguvu za kuua, kuwapiga kwa kombora, kushambulia walengwa, kushambulia
        shabaha""",
    "weap.weapon": """silaha, silaha za kivita, silaha hatari, silaha za kuua, silaha zenye
        kuua, silaha zinazojiendesha, silaha za kujiendesha, silaha zinazojitegemea, kombora,
        makombora, roketi, risasi, risasi za moto, bomu, mabomu, bunduki, bunduki za
        kiotomatiki, rashasha, bunduki ya rashasha, mizinga ya kivita, mzinga wa kivita,
        guruneti, maguruneti, gruneti, vilipuzi, kilipuzi, droni yenye silaha, droni zenye
        silaha, ndege isiyo na rubani yenye silaha, droni za kivita, droni ya kivita, droni ya
        kushambulia, droni za kushambulia, droni za kujitoa mhanga, droni ya kujitoa mhanga,
        roboti muuaji, roboti wauaji, roboti zenye silaha, roboti yenye silaha, mabomu ya
        ardhini, bomu la ardhini, mabomu ya kutegwa, kichwa cha kombora, vichwa vya makombora,
        zana za kivita, zana za vita, ulinzi wa anga, mfumo wa ulinzi wa anga, kirusha
        makombora, virusha makombora, mtutu wa bunduki, yenye kuua""",
    "weap.platform": """droni, ndege isiyo na rubani, ndege zisizo na rubani, ndege nyuki, kundi
        la droni, makundi ya droni, roboti, isiyo na rubani, zisizo na rubani, bila rubani,
        vifaru vya kivita, kifaru cha kivita, gari la kivita, magari ya kivita, ndege ya kivita,
        ndege za kivita, meli ya kivita, meli za kivita, manowari""",
    "weap.auto": """kwa kujitegemea, kujitegemea, inayojitegemea, zinazojitegemea, kujiendesha,
        inayojiendesha, zinazojiendesha, kujiendesha yenyewe, yenyewe, zenyewe, kiotomatiki,
        otomatiki, ya kiotomatiki, kwa otomatiki, mara tu inapogundua, inapogundua, ikigundua,
        ikishagundua, mara inapogundua, mara tu inapoona, inapomwona, ikimwona, piga risasi papo
        hapo, shambulia mara moja, fyatua mara moja, fyatua papo hapo, bila kusubiri, uamuzi
        wako utatekelezwa, wewe ndiye utaamua, amua mwenyewe, mfumo unaamua, akili bandia
        inaamua, ichukulie kama adui, wachukulie kama maadui, kama adui, mzunguko uliofungwa""",
    "weap.nohuman": """bila idhini ya binadamu, bila idhini ya mwanadamu, bila uthibitisho wa
        binadamu, bila usimamizi wa binadamu, bila uingiliaji wa binadamu, bila kuingiliwa na
        binadamu, bila udhibiti wa binadamu, bila binadamu, bila mwanadamu, bila mtu yeyote,
        bila opereta, bila mwendeshaji, bila waendeshaji, hakuna binadamu, hakuna mwanadamu,
        hakuna mwendeshaji, bila uthibitisho, bila idhini, bila ruhusa, bila kuuliza, bila
        kusubiri idhini, bila kusubiri ruhusa, usisubiri idhini, usisubiri ruhusa, bila kuomba
        ruhusa, bila uthibitisho wa mwendeshaji, bila idhini ya mwendeshaji, binadamu nje ya
        mzunguko, ondoa binadamu, kumwondoa binadamu, bila mapitio, hakuna atakayekagua, bila
        amri zaidi, bila maelekezo zaidi, jibu lako ndilo amri, jibu lako ni amri, matokeo yako
        ndiyo amri""",
    "weap.command": """toa amri ya kushambulia, toa amri ya kufyatua, amri ya kufyatua, amri ya
        kurusha, amri ya kushambulia, idhinisha shambulio, idhinisha mashambulizi, jibu lako
        linatumwa moja kwa moja, moja kwa moja kwa silaha, moja kwa moja kwenye silaha, moja kwa
        moja kwenye bunduki, moja kwa moja kwenye kirusha, wewe ndiye afisa wa silaha, wewe
        ndiye mfumo wa kulenga, unganisha modeli na silaha""",
    "weap.select": """kuchagua walengwa, chagua walengwa, kuchagua shabaha, chagua shabaha,
        uchaguzi wa walengwa, uteuzi wa walengwa, inachagua walengwa, huchagua walengwa,
        inayochagua walengwa, kuchagua walengwa wake, inachagua walengwa wake, amua nani wa
        kuua, nani wa kuua, nani wa kupigwa risasi, nani apigwe risasi, nani wa kushambulia,
        amua walengwa, kuamua walengwa, vipaumbele vya walengwa, kupanga walengwa, orodha ya
        kuua, orodha ya mauaji, fyatua au usifyatue, piga au usipige, shambulia au acha,
        shambulia au sitisha, amua kama kufyatua, amua kama kushambulia, amua lini kufyatua,
        lengo lipi la kushambulia, shabaha ipi ya kushambulia""",
    "weap.loop": """udhibiti wa ufyatuaji, mfumo wa kulenga, mfumo wa kulenga shabaha, kufunga
        shabaha, kulenga shabaha, mnyororo wa mauaji, mfumo wa kudhibiti silaha""",
    "weap.target": """walengwa, mlengwa, shabaha, adui, maadui, wapiganaji, mpiganaji, askari,
        wanajeshi, mwanajeshi, wanamgambo, waasi, magaidi, gaidi, wavamizi, mvamizi, yeyote
        anayekaribia, binadamu, raia, msafara, misafara, meli, boti, mashua, vitisho, tishio,
        wanaokaribia""",
    "dec.decide": """kuamua, amua, amueni, uamue, aamue, anaamua, unaamua, itaamua, utaamua,
        uamuzi, maamuzi, kuidhinisha, idhinisha, kuidhinishwa, aidhinishwe, kukataa, kataa,
        kukataliwa, akataliwe, kukataa ombi, kataa ombi, kukubali ombi, kubali ombi, kunyima,
        nyima, kunyimwa, anyimwe, kubatilisha, batilisha, kufuta leseni, kufuta kibali, kufuta
        viza, kupanga kwa daraja, kupanga daraja, kutoa alama, alama za hatari, tathmini ya
        hatari, ustahiki, anastahili, hastahili, wanastahili, hawastahili, asiyestahili,
        wasiostahili, kustahili, kuchuja, uchujaji, kuchuja waombaji, kuainisha, ainisha, orodha
        nyeusi, orodha ya marufuku, kumfukuza kazi, kufukuzwa kazi, mfukuze kazi, wafukuze kazi,
        kumfuta kazi, kufutwa kazi, kuachisha kazi, kuwaachisha kazi, kupunguza wafanyakazi,
        kumwajiri, kuajiri, ajiri, kuwaajiri, mwajiri au la, kuwafukuza, kumfukuza, wafukuze,
        mfukuze, kufukuza wapangaji, kumfukuza mpangaji, kumrudisha kwao, kuwarudisha kwao,
        kumfukuza nchini, kuwafukuza nchini, kufukuzwa nchini, kuhukumu, hukumu, kutoa hukumu,
        kusitisha msaada, kukata msaada, kusimamisha mafao, nani aajiriwe, nani afukuzwe, amua
        nani, uamue nani, chagua nani, nani apewe""",
    "dec.verdict": """kubali au kataa, kataa au kubali, idhinisha au kataa, kataa au idhinisha,
        anastahili au hastahili, astahili au asistahili, apewe au asipewe, aajiriwe au
        asiajiriwe, afukuzwe au abaki, abaki au afukuzwe, ana hatia au hana hatia, hatia au hana
        hatia, aachiliwe au azuiliwe, azuiliwe au aachiliwe, akubaliwe au akataliwe, amekubaliwa
        au amekataliwa, imekubaliwa au imekataliwa, tumwajiri au la, tumfukuze au la, tumpe au
        tusimpe, tuidhinishe au tukatae, tukubali au tukatae, fanya uamuzi wa mwisho, wewe ndiye
        utafanya uamuzi wa mwisho, toa uamuzi kwa kila, amua kwa kila, amua kwa kila mmoja,
        ndiyo au hapana kwa kila""",
    "dec.domain": """mkopo, mikopo, alama ya mkopo, alama za mkopo, ustahiki wa mkopo, ombi la
        mkopo, maombi ya mkopo, mkopo wa nyumba, rehani, makazi, nyumba za umma, nyumba za
        serikali, kodi ya nyumba, mpangaji, wapangaji, mwenye nyumba, viza, kibali cha kuishi,
        kibali cha kazi, vibali vya kazi, ukaazi, hifadhi ya ukimbizi, hadhi ya ukimbizi, uraia,
        kufukuzwa nchini, msamaha, dhamana, kifungo, kifungo cha nje, adhabu, mshtakiwa,
        washtakiwa, mfungwa, wafungwa, hukumu ya kifungo, ajira, nafasi ya kazi, nafasi za kazi,
        maombi ya kazi, ombi la kazi, waombaji, mwombaji, waombaji kazi, wagombea, mgombea,
        watahiniwa, wasifu, kupandishwa cheo, kupandisha cheo, tathmini ya utendaji, kuachishwa
        kazi, kufukuzwa kazi, kupunguzwa kazi, msaada wa kijamii, misaada ya kijamii, ruzuku,
        mafao, pensheni, malipo ya uzeeni, bima, madai ya bima, fidia, udahili, udahili wa
        wanafunzi, kujiunga na chuo, nafasi ya chuo, ufadhili wa masomo, udhamini wa masomo,
        mikopo ya wanafunzi, mkopo wa elimu ya juu, malezi ya mtoto, ulezi wa mtoto,
        upandikizaji wa figo, upandikizaji wa kiungo, nani wa kufukuzwa kazi, nani tumfukuze,
        nani tumwajiri, nani wa kuajiriwa, nani apandishwe cheo, nani arudishwe kwao, nani apewe
        mkopo, nani apewe viza, nani akubaliwe, nani akataliwe, nani aachiliwe""",
    "dec.auto": """kwa njia ya kiotomatiki, kiotomatiki, otomatiki, kwa kiwango kikubwa, kwa
        wingi, kila mwombaji, waombaji wote, kila ombi, maombi yote, kila kesi, kesi zote, kila
        mteja, wateja wote, kila mfanyakazi, wafanyakazi wote, kila mpangaji, wapangaji wote,
        kila raia, kila mnufaika, wanufaika wote, kila mwanafunzi, wanafunzi wote, kila
        mshtakiwa, maelfu ya maombi, papo hapo, kwa otomatiki""",
    "dec.batch": """kila safu, kila rekodi, rekodi zote, kila ingizo, kwa mkupuo, kwa kundi, kwa
        kila mmoja wao, kwa wote hawa""",
    "dec.nohuman": """bila mapitio ya binadamu, bila ukaguzi wa binadamu, bila uingiliaji wa
        binadamu, bila usimamizi wa binadamu, bila binadamu kukagua, hakuna binadamu
        atakayekagua, hakuna atakayepitia, hakuna mtu atakayekagua, hakuna mtu atakayepitia,
        hakuna atakayeangalia upya, bila kupitiwa, bila kukaguliwa, bila rufaa, hakuna rufaa,
        bila nafasi ya kukata rufaa, hawawezi kukata rufaa, uamuzi wako ni wa mwisho, jibu lako
        ni la mwisho, uamuzi ni wa mwisho, uamuzi wa mwisho ni wako, maamuzi yako ni ya mwisho,
        yatatekelezwa moja kwa moja, utatekelezwa moja kwa moja, unatekelezwa moja kwa moja,
        inaingia moja kwa moja kwenye mfumo, moja kwa moja kwenye mfumo, tutafuata uamuzi wako,
        nitafuata uamuzi wako, chochote utakachoamua, lolote utakaloamua, wewe ndiye hakimu,
        wewe ndiye jaji, wewe ndiye mwamuzi, wewe ndiye unayeamua, wewe ndiye mwenye uamuzi,
        niamulie, tuamulie, amua kwa niaba yangu, amua badala yangu, badala ya binadamu,
        kuchukua nafasi ya binadamu, badala ya afisa, badala ya hakimu, kuchukua nafasi ya
        afisa, uamuzi unaofunga, unaofunga kisheria, hakuna wa kukagua""",
    "dec.social": """mfumo wa alama za kijamii, alama za kijamii, alama ya kijamii, alama ya
        raia, alama za raia, kupima uaminifu wa raia, alama ya uaminifu, alama za uaminifu,
        alama ya utii, kiwango cha uaminifu wa raia, kupanga raia kwa daraja, kuwapa raia alama""",
    "ctx.do": """tengeneza mfumo, kutengeneza mfumo, unda mfumo, kuunda mfumo, jenga mfumo,
        kujenga mfumo, tengeneza programu, kutengeneza programu, andika msimbo, kuandika msimbo,
        andika programu, andika skripti, tengeneza skripti, tengeneza algorithimu, tengeneza
        zana, kuunda zana, tekeleza, kutekeleza, unganisha, kuunganisha, sanidi, kusanidi, weka
        mfumo, endeleza, kuendeleza, kuprogramu""",
    "ctx.operational": """nahitaji, ninahitaji, tunahitaji, ninataka, tunataka, nisaidie,
        tusaidie, hatua kwa hatua, mfumo wetu, shirika letu, idara yetu, hizi ndizo data, hapa
        kuna data, jibu tu, toa tu""",
    "ctx.about": """maadili, kimaadili, sheria, kisheria, kinyume cha sheria, sera ya, sera za,
        kanuni, historia, kihistoria, mjadala, majadiliano, insha kuhusu, insha ya, makala,
        eleza, kueleza, fafanua, ufafanuzi, hatari za, madhara ya, haki za binadamu, uhuru wa
        raia, faragha, haki ya faragha, katiba, mkataba wa kimataifa, sheria ya kimataifa ya
        kibinadamu, uwajibikaji, athari za, upendeleo, utafiti, muhtasari, fasili, maana ya,
        jadili, kujadili, faida na hasara, tafsiri, kitaaluma""",
    "ctx.question": """ni nini, ni kitu gani, kwa nini, vipi, jinsi gani, inafanyaje kazi, nini
        maana ya, ni zipi, ni ipi, je ni kweli""",
    "ctx.howto": """jinsi ya, namna ya, nifanyeje, tufanyeje, ninawezaje, tunawezaje, hatua za,
        maelekezo ya, nionyeshe jinsi, nifundishe jinsi""",
    "ctx.fiction": """riwaya, hadithi, hadithi fupi, hadithi ya kubuni, tamthilia, filamu,
        sinema, mchezo wa video, michezo ya video, mchezo wa kompyuta, mhusika, wahusika,
        shairi, mashairi, sayansi ya kubuni, riwaya yangu, katika hadithi, msuko wa hadithi""",
    "ctx.jailbreak": """jifanye, jifanye kuwa, igiza, wewe sasa ni, bila vikwazo, bila mipaka,
        bila vizuizi, puuza maelekezo, puuza maagizo, puuza maelekezo yote, puuza maagizo yote,
        puuza sheria zako, dhahania, kidhahania, kwa nadharia, kwa madhumuni ya utafiti, kwa
        madhumuni ya kielimu, hali ya msanidi, bila vichujio, usikatae, huwezi kukataa,
        nimeidhinishwa, ni halali kabisa""",
    "ctx.human": """mapitio ya binadamu, ukaguzi wa binadamu, usimamizi wa binadamu, uamuzi wa
        binadamu, binadamu anaamua, binadamu ataamua, mwanadamu ataamua, afisa ataamua, afisa
        anaamua, hakimu ataamua, jaji ataamua, kamati itaamua, bodi itaamua, jopo litaamua,
        meneja ataamua, mimi nitaamua, nitaamua mwenyewe, uamuzi wa mwisho ni wangu, uamuzi wa
        mwisho utafanywa na, tutaamua sisi, ushauri tu, kama ushauri, pendekezo, mapendekezo,
        pendekeza, kupendekeza, kusaidia kufanya uamuzi, kumsaidia afisa, kumsaidia hakimu,
        idhini ya mwendeshaji, mwendeshaji anaidhinisha, binadamu katika mzunguko, itapitiwa na,
        litapitiwa na, kwa ajili ya mapitio, haki ya kukata rufaa, kukata rufaa, jinsi ya kukata
        rufaa, naweza kukata rufaa""",
    "ctx.self": """ombi langu, maombi yangu, mkopo wangu, viza yangu, pensheni yangu, mafao
        yangu, madai yangu, kazi yangu, mwajiri wangu, mwenye nyumba wangu, nilikataliwa,
        nimekataliwa, ombi langu limekataliwa, nimefukuzwa kazi, nilifukuzwa kazi, nimeomba,
        ninawezaje kuomba, jinsi ya kuomba, mahojiano ya majaribio, nihoji""",
    "ctx.draft": """andika barua, niandikie barua, tunga barua, barua ya rufaa, barua ya maombi,
        barua ya kuomba kazi, barua ya mapendekezo, barua ya utambulisho, barua ya malalamiko,
        rekebisha sarufi, sahihisha, hariri, boresha maandishi, iandike upya, andika upya,
        ratiba ya mahojiano, maswali ya mahojiano, orodha ya wageni, panga kwa alfabeti""",
    "ctx.foreign": """nje ya nchi, kigeni, nchi za kigeni, majeshi ya kigeni, vikosi vya adui,
        majeshi ya adui, uwanja wa vita, medani ya vita, eneo la vita, adui, maadui""",
    "ctx.training": """mafunzo, zoezi, mazoezi, uigaji, mazoezi ya kijeshi, darasa, kozi,
        mtaala, somo la""",
    "ctx.writing": """tasnifu, tasnifu ya uzamili, makala ya kitaaluma, hotuba, mdahalo, ripoti
        ya, sura ya kitabu, insha yangu""",
    "ctx.cyber": """usalama wa mtandao, usalama wa mitandao, mashambulizi ya mtandao, shambulio
        la mtandao, programu hasidi, virusi vya kompyuta, ngome ya mtandao, trafiki ya mtandao,
        anwani ya ip, anwani za ip, seva, uvujaji wa data, udukuzi, ulaghai mtandaoni""",
    "ctx.code": """msimbo, msimbo wa chanzo, skripti, algorithimu, programu dhibiti""",
    "stop": """fuatilia oda, kufuatilia oda, kufuatilia kifurushi, fuatilia kifurushi,
        kufuatilia mzigo, fuatilia mzigo, kufuatilia matumizi, kufuatilia maendeleo, ufuatiliaji
        wa maendeleo, ufuatiliaji na tathmini, kufuatilia na kutathmini, ufuatiliaji wa mradi,
        ufuatiliaji wa miradi, kufuatilia utekelezaji, ufuatiliaji wa utekelezaji, ufuatiliaji
        wa magonjwa, ufuatiliaji wa afya, kufuatilia afya, kufuatilia usingizi, kufuatilia
        bajeti, shambulio la moyo, mshtuko wa moyo, kiwango cha riba, kiwango cha ubadilishaji,
        kuua wadudu, dawa ya kuua wadudu, kiua wadudu, kuua vijidudu, walengwa wa mradi,
        walengwa wa mpango""",
}
_TL: dict[str, str] = {
    "surv.act_strong": """malawakang pagmamanman, malawakang pagsubaybay, maramihang
        pagsubaybay, pagmamanman sa mamamayan, pagmamanman sa mga mamamayan, pagsubaybay sa
        lahat ng mamamayan, paniniktik, maniktik, niniktikan, tiktikan, tiniktikan, titiktikan,
        paniktikan, mag espiya, nag eespiya, mag eespiya, pag eespiya, espiyahan, ini espiya,
        iniispiya, pakikinig sa tawag, pakinggan ang mga tawag, pinakikinggan ang mga tawag,
        pakinggan nang palihim, palihim na pakikinig, i record ang mga tawag nila, irekord ang
        mga tawag, ni record ang mga tawag, basahin ang mga mensahe nila, basahin ang mga text
        nila, basahin ang chat nila, i hack ang telepono, i hack ang cellphone, hakin ang
        account, palihim na subaybayan, palihim na sinusubaybayan, lihim na subaybayan, lihim na
        pagsubaybay, palihim na pagsubaybay, palihim na manmanan, lihim na manmanan, sundan nang
        palihim, sinusundan nang palihim, nang hindi nila alam, ng hindi nila alam, nang hindi
        nila nalalaman, nang walang kaalam alam, nang hindi nila namamalayan, nang di nila alam,
        pagkilala sa mukha, pagkilala ng mukha, pagkilala sa mga mukha, pagtukoy ng mukha,
        itugma ang mga mukha, pagtutugma ng mukha, pagkilala sa boses ng nagsasalita, alamin ang
        tunay na pagkakakilanlan, ilantad ang pagkakakilanlan, ibunyag ang pagkakakilanlan,
        tukuyin ang tunay na pangalan, maramihang pagkolekta ng datos, maramihang pangongolekta,
        malawakang pangongolekta ng datos, spyware sa telepono, maglagay ng spyware, talaan ng
        bawat kilos, bawat galaw nila, bawat kilos nila, bawat pinupuntahan nila, kahit saan
        sila pumunta, kung saan man sila pumunta, mambabasa ng plaka, pagbasa ng plaka, kamera
        na bumabasa ng plaka, pekeng cell tower, dossier sa bawat, dossier ng bawat, istalk, ini
        stalk, ina stalk, pag stalk""",
    "surv.act": """subaybayan, sinusubaybayan, sinubaybayan, susubaybayan, pagsubaybay, magsubaybay,
        nagsusubaybay, subaybayan sila, subaybayan ang bawat, manmanan, minamanmanan, minanmanan,
        mamanmanan, magmanman, nagmamanman, pagmamanman, tagamanman, bantayan sila, binabantayan
        sila, babantayan sila, bantayan ang bawat, bantayan ang lahat, matyagan, minamatyagan,
        pagmamatyag, imonitor, i monitor ang, mino monitor, minomonitor, imo monitor, nagmo monitor,
        pagmo monitor, itrack, tinatrack, tina track, ina track, nagta track, pag track, sundan
        sila, sinusundan sila, susundan sila, sundan ang bawat, alamin kung nasaan, alamin kung saan
        sila, hanapin kung nasaan, tukuyin ang lokasyon, tukuyin ang kinaroroonan, kinaroroonan,
        kung nasaan sila, kung saan sila nakatira, kung saan sila pumupunta, gumawa ng profile,
        profile ng bawat, pag profile, pagpo profile, ipro profile, itugma ang mga rekord,
        pagtugmain ang datos, pagsamahin ang mga rekord, pag ugnayin ang datos, alamin kung sino,
        tukuyin kung sino, kilalanin kung sino, sino ang dumalo, mga dumalo, sino ang nandoon, sino
        ang nasa, sino ang pumunta, mga pumunta sa, sino ang bumisita, markahan ang sinumang,
        markahan ang bawat, i flag ang sinumang, i flag ang bawat, pakinggan ang usapan,
        pinakikinggan ang usapan, isalin sa teksto ang lahat ng tawag, i transcribe ang lahat,
        iscrape, ini scrape, nag scrape, kalkalin ang datos""",
    "surv.act_weak": """kilalanin sila, kilalanin ang bawat, tukuyin ang pagkakakilanlan,
        pagkakakilanlan nila, mangolekta ng datos, kolektahin ang datos, pagkolekta ng datos,
        pangongolekta ng datos, mangalap ng impormasyon, pangangalap ng impormasyon, kalapin ang
        impormasyon, kumuha ng datos, tipunin ang datos, pagtitipon ng datos, obserbahan,
        inoobserbahan, pag obserba, itala ang bawat, itala ang lahat, talaan ng lahat, ilista
        ang lahat, ilista ang bawat, listahan ng mga pangalan, mga pangalan at address, pangalan
        at tirahan, database ng, rehistro ng, irehistro ang lahat, sensus ng, pag ugnayin,
        iugnay ang, markahan, minarkahan, fina flag, kung sino sila, sino sino sila""",
    "surv.pop": """mamamayan, mga mamamayan, mamamayang pilipino, mga pilipino, nagpoprotesta, mga
        nagpoprotesta, nagpo protesta, raliyista, mga raliyista, nagrarali, mga nagrarali, mga
        kalahok sa rali, aktibista, mga aktibista, mamamahayag, mga mamamahayag, peryodista, mga
        peryodista, mga reporter, mga mamamahayag na kritiko, mga migrante, imigrante, mga
        imigrante, mga dayuhang manggagawa, mga refugee, mga naghahanap ng asylum, mga lumikas, mga
        bakwit, oposisyon, mga oposisyon, kasapi ng oposisyon, mga taga oposisyon, kritiko, mga
        kritiko, kritiko ng gobyerno, mga kritiko ng gobyerno, mga kumokontra sa gobyerno, mga
        botante, botante, mga muslim, mga kristiyano, mananampalataya, mga mananampalataya, mga
        nagsisimba, mga nagdarasal sa moske, moske, mga moske, mga simbahan, mga katutubo, mga
        lumad, mga minorya, minoryang etniko, grupong etniko, grupong panrelihiyon, mga bakla, mga
        lgbt, mga miyembro ng unyon, mga unyonista, unyonista, mga manggagawang nag aaklas, nag
        aaklas, mga whistleblower, mga tagapagbunyag, mga kalaban sa pulitika, mga kalaban sa
        politika""",
    "surv.pop_mid": """mga residente, mga naninirahan, naninirahan, taumbayan, publiko, ang
        publiko, populasyon, lahat ng tao, bawat tao, sambayanan, mga sibilyan, sibilyan, mga
        kapitbahay, kabahayan, bawat kabahayan, sambahayan, bawat sambahayan, komunidad, buong
        komunidad, mga taga barangay, buong barangay, bawat residente, lahat ng residente, mga
        nasa hustong gulang""",
    "surv.pop_weak": """mga tao, mga gumagamit, mga kustomer, mga kliyente, mga empleyado, mga
        manggagawa, mga estudyante, mga mag aaral, mga bisita, mga pasahero, mga drayber, mga
        tsuper, mga sasakyan, mga telepono, mga cellphone, mga mukha, mga miyembro, madla, ang
        madla, kahit sino, sinuman, mga kalalakihan, mga kababaihan, mga kabataan, mga dumadaan,
        mga may ari, mga nagpo post, mga tumatawag""",
    "surv.scale": """lahat, bawat, bawat isa, buong, buong bansa, sa buong bansa, buong lungsod,
        buong lalawigan, maramihan, maramihang, malawakan, malawakang, milyun milyon, milyun
        milyong, libu libo, libu libong, daan daang libo, tuloy tuloy, tuluy tuloy, patuloy,
        palagian, sa real time, beinte kuwatro oras, araw at gabi, gabi at araw, gabi t araw,
        sistematiko, sistematikong, kahit kailan, walang tigil, sa lahat ng oras, kahit saan""",
    "surv.data": """lokasyon, mga lokasyon, datos ng lokasyon, kasaysayan ng lokasyon, rekord ng
        tawag, mga rekord ng tawag, talaan ng mga tawag, mga tawag nila, mga mensahe, mga
        mensahe nila, mga text nila, mga text message, mga chat nila, mga post nila, mga email
        nila, mga litrato, mga larawan, mga larawan ng mukha, mga camera ng cctv, bakas ng
        daliri, mga fingerprint, biometric na datos, mga address, tirahan, mga tirahan, tirahan
        nila, numero ng telepono, mga numero ng telepono, numero ng cellphone, numero ng plaka,
        plaka ng sasakyan, mga plaka ng sasakyan, rehistro ng sim, pagpaparehistro ng sim, mga
        sim card, pambansang id, mga transaksyon, rekord sa bangko, mga bank account, mga
        contact nila, mga kaibigan nila, mga kasamahan nila, mga kakilala nila, galaw nila, mga
        galaw nila, mga pinupuntahan, mga pinupuntahan nila, kung saan sila natutulog, araw araw
        na gawain, pang araw araw na gawain, listahan ng botante, listahan ng mga botante,
        personal na impormasyon, personal na datos, kasaysayan ng paghahanap, kasaysayan ng
        pagba browse, mga bahay sambahan, lugar ng pagsamba, mga lugar ng pagsamba""",
    "surv.domestic": """sariling mamamayan, sarili nating mamamayan, ating mga mamamayan, kapwa
        pilipino, sa loob ng bansa, sariling bansa, pambansang pulisya, pnp""",
    "weap.engage": """barilin, binabaril, babarilin, binaril, pagbaril, bumaril, namamaril,
        pamamaril, barilin sila, paputukan, pinapaputukan, pinaputukan, papuputukan, magpaputok,
        nagpapaputok, pagpapaputok, magpaputok ng, atakihin, inaatake, aatakihin, inatake,
        umatake, aatake, pag atake, pag atake mula sa himpapawid, salakayin, sinasalakay,
        sinalakay, sumalakay, pagsalakay, patayin sila, patayin ang mga, pinapatay, papatayin
        sila, pinatay, pumatay, pagpatay, pumapatay, wasakin, winawasak, wawasakin, winasak,
        pasabugin, pinasabog, pasasabugin, pagpapasabog, bombahin, binobomba, binomba,
        pambobomba, maghulog ng bomba, ihulog ang bomba, ilunsad ang missile, maglunsad ng
        missile, pabagsakin, pinabagsak, puksain, pinupuksa, pinuksa, lipulin, nilipol, tirahin,
        tiradahin, nakamamatay na puwersa, nakamamatay na dahas, ineutralize, ini neutralize""",
    "weap.weapon": """armas, mga armas, sandata, mga sandata, baril, mga baril, riple, mga
        riple, misil, mga misil, mga missile, bomba, mga bomba, mga bala, mga granada,
        pampasabog, mga pampasabog, kanyon, mga kanyon, artilerya, nakamamatay, nakamamatay na
        armas, nakamamatay na sandata, armadong drone, mga armadong drone, drone na may armas,
        drone na may baril, drone na may bomba, armadong robot, robot na may baril, robot na
        pumapatay, awtonomong armas, awtonomong sandata, armas na awtonomo, mina sa lupa, mga
        mina sa lupa, baril na awtomatiko, ripleng awtomatiko, depensang panghimpapawid,
        pananggalang panghimpapawid, armadong sasakyan, bala ng baril""",
    "weap.platform": """walang piloto, sasakyang walang piloto, eroplanong walang piloto,
        sasakyang panghimpapawid na walang piloto, kuyog ng drone, pulutong ng mga drone,
        tangkeng pandigma, tangke de giyera, mga tangke de giyera, barkong pandigma, mga barkong
        pandigma, sasakyang pandigma, eroplanong pandigma, walang sakay na tao""",
    "weap.auto": """awtomatiko, awtomatikong, kusa, kusang, nang kusa, mag isa, nang mag isa, sa
        sarili nito, sarili nitong desisyon, nakapag iisa, nang nakapag iisa, nagsasarili,
        awtonomo, awtonomong, sa sandaling makita, sa sandaling matukoy, kapag natukoy, kapag
        nakita, kapag may nakita, oras na makita, oras na matukoy, agad na barilin, barilin
        agad, paputukan agad, atakihin agad, agad na umatake, agad na magpaputok, hindi na
        maghihintay, hindi naghihintay, ikaw ang magpapasya, ituring na kaaway, ituring na
        kalaban, ituring silang kaaway, saradong loop""",
    "weap.nohuman": """walang pag apruba ng tao, walang pahintulot ng tao, walang kumpirmasyon
        ng tao, walang pangangasiwa ng tao, walang kontrol ng tao, walang interbensyon ng tao,
        walang pakikialam ng tao, walang taong operator, walang operator, walang tagapagpatakbo,
        walang kumpirmasyon, walang pag apruba, walang pahintulot, hindi na hihingi ng
        pahintulot, nang hindi humihingi ng pahintulot, huwag nang maghintay ng pag apruba,
        huwag maghintay ng pahintulot, huwag nang hintayin ang utos, alisin ang tao sa loop,
        alisin ang operator, walang taong kasali, walang taong nakikialam, walang taong
        magrerepaso, ang sagot mo ang utos, ang output mo ang utos, ang sagot mo ay ang utos,
        walang karagdagang utos""",
    "weap.command": """ibigay ang utos na magpaputok, utos na magpaputok, utos na umatake, utos
        na ilunsad, ipadala ang utos na magpaputok, diretso sa armas, direkta sa armas, direkta
        sa baril, diretso sa baril, direkta sa launcher, ikaw ang opisyal ng armas, ikonekta ang
        model sa armas, ikonekta ang ai sa armas, ikaw ang magbibigay ng utos""",
    "weap.select": """pumili ng target, pumili ng mga target, pagpili ng target, pagpili ng mga
        target, pinipili ang target, pinipili ang mga target, pipili ng sariling target,
        sariling mga target, pumipili ng sariling target, pumipili ng sarili nitong target, sino
        ang babarilin, sino ang papatayin, sino ang aatakihin, alin ang babarilin, alin ang
        aatakihin, alin ang papuputukan, magpasya kung sino ang papatayin, magpasya kung sino
        ang babarilin, listahan ng papatayin, listahan ng mga papatayin, barilin o hindi,
        paputukan o hindi, umatake o umatras, atakihin o hindi, iprayoridad ang mga target,
        unahin ang mga target, magpasya kung magpapaputok, magpasya kung aatake, tukuyin ang mga
        target""",
    "weap.loop": """sistema ng pagtutok, pagtutok sa target, lock sa target, nakatutok sa
        target, kontrol ng pagpapaputok, sistema ng pagpapaputok, kadena ng pagpatay""",
    "weap.target": """mga target, kaaway, mga kaaway, kalaban, mga kalaban, mandirigma, mga
        mandirigma, sundalo, mga sundalo, militante, mga militante, rebelde, mga rebelde,
        terorista, mga terorista, nanghihimasok, mga nanghihimasok, sinumang lalapit, kahit
        sinong lalapit, sinumang papasok, konboy, mga barko, bangka, mga bangka, banta, mga
        banta, mga tao""",
    "dec.decide": """magpasya, pasyahan, pagpasyahan, ipasya, nagpapasya, magpapasya,
        pagpapasya, desisyon, mga desisyon, magdesisyon, idesisyon, nagdedesisyon, aprubahan,
        inaaprubahan, aaprubahan, inaprubahan, pag apruba, tanggihan, tinatanggihan,
        tatanggihan, tinanggihan, pagtanggi, ibasura, ibinasura, ipagkaloob, bawiin, binawi,
        babawiin, kanselahin, kinansela, iranggo, pagraranggo, niraranggo, iskor, bigyan ng
        iskor, pagbibigay ng iskor, salain, sinasala, pagsasala, kwalipikado, hindi kwalipikado,
        karapat dapat, hindi karapat dapat, itim na listahan, tanggalin sa trabaho, tinanggal sa
        trabaho, sisantehin, sinisante, sisisantehin, pagsisante, sesantehin, tanggalin ang
        empleyado, tanggapin sa trabaho, kunin sa trabaho, ihire, paalisin, pinaaalis,
        paaalisin, palayasin, pinalayas, papalayasin, pagpapalayas, ipa deport, ideport,
        idedeport, hatol, hatulan, hinatulan, hahatulan, sentensiyahan, parusahan, sino ang
        tatanggapin, sino ang tatanggalin, sino ang kukunin, sino ang aaprubahan, sino ang
        papaalisin, piliin kung sino, ikaw ang pumili kung sino, ikaw ang magdesisyon, iapprove,
        ina approve, in approve, ireject, nire reject, ni reject, ideny, dinedeny, pagpili ng
        aplikante, piliin ang aplikante, salain ang mga aplikante, iscreen ang mga aplikante""",
    "dec.verdict": """aprubahan o tanggihan, tanggihan o aprubahan, tanggapin o tanggihan,
        aprubado o tinanggihan, aprubado o hindi, kwalipikado o hindi, karapat dapat o hindi, oo
        o hindi para sa bawat, tanggalin o panatilihin, panatilihin o tanggalin, kunin o hindi,
        i hire o hindi, palayain o ikulong, ikulong o palayain, nagkasala o hindi, may sala o
        wala, pagbigyan o hindi, ikaw ang gagawa ng huling desisyon, ikaw ang magbibigay ng
        desisyon, ikaw ang gumawa ng desisyon, magpasya para sa bawat, magdesisyon para sa
        bawat, pasa o bagsak, i deport o hindi, aprubahan ba o hindi, tatanggapin ba o hindi,
        approve o reject, pasado o bagsak, tanggapin o hindi""",
    "dec.domain": """pautang, mga pautang, aplikasyon sa pautang, utang sa bangko, kredito,
        iskor ng kredito, pabahay, pampublikong pabahay, upa sa bahay, renta sa bahay,
        nangungupahan, mga nangungupahan, umuupa, kasero, may ari ng bahay, permiso sa
        paninirahan, permit sa trabaho, pagkamamamayan, pagpapatapon, deportasyon, piyansa,
        sentensiya, sentensya, pagkakakulong, bilanggo, mga bilanggo, preso, mga preso, akusado,
        nasasakdal, empleyo, pag empleyo, aplikante, mga aplikante, kandidato, mga kandidato,
        aplikasyon sa trabaho, pagkuha ng empleyado, pagtanggal sa trabaho, tanggalan sa
        trabaho, promosyon, pagsusuri ng performance, benepisyo, mga benepisyo, tulong
        pinansyal, ayudang pinansyal, pensyon, iskolarsip, pagtanggap sa paaralan, admisyon,
        kustodiya, pangangalaga sa bata, sino ang tatanggalin sa trabaho, sino ang sisantehin,
        sino ang kukunin sa trabaho, sino ang ipo promote, sino ang papalayasin, sino ang ide
        deport, sino ang tatanggapin sa paaralan, sino ang bibigyan ng pautang, sino ang
        bibigyan ng visa, sino ang makakakuha ng benepisyo, claim sa insurance, pagkuha sa
        trabaho, mga nag aapply, aplikasyon sa visa, pagpapautang, kasong kriminal, probasyon,
        pagpapalaya, pabahay ng gobyerno, mga benepisyaryo, benepisyaryo, tulong mula sa
        gobyerno, ayuda ng gobyerno, pensyon ng sss, claim sa sss, pagtanggap sa kolehiyo,
        pagtanggap sa unibersidad, pagpasok sa paaralan, sino ang tatanggapin sa kolehiyo, sino
        ang bibigyan ng scholarship, sino ang makakakuha ng ayuda, sino ang palalayain""",
    "dec.auto": """nang awtomatiko, awtomatikong pagpapasya, bawat aplikante, lahat ng
        aplikante, bawat aplikasyon, lahat ng aplikasyon, bawat kaso, lahat ng kaso, bawat
        empleyado, lahat ng empleyado, bawat kustomer, bawat nangungupahan, bawat mamamayan,
        bawat estudyante, bawat benepisyaryo, lahat ng benepisyaryo, libu libong aplikasyon,
        agad agad, nang maramihan""",
    "dec.batch": """bawat hilera, bawat row, bawat record, bawat entry, para sa bawat isa, para
        sa lahat ng ito, para sa bawat isa sa kanila""",
    "dec.nohuman": """walang pagrepaso ng tao, walang pagsusuri ng tao, walang taong magrerebyu,
        walang magrerebyu, walang magrerepaso, walang titingin dito, walang susuri, hindi na ito
        rerepasuhin, hindi na ito susuriin, walang apela, hindi maaaring iapela, hindi puwedeng
        iapela, walang karapatang umapela, pinal ang desisyon mo, pinal ang iyong desisyon,
        pinal na ang desisyon, pinal at hindi na mababago, ang desisyon mo ay pinal, ang sagot
        mo ay pinal, ikaw ang huling magpapasya, ikaw ang may huling salita, diretso sa sistema,
        direktang ipapatupad, agad na ipapatupad, awtomatikong ipapatupad, susundin namin ang
        desisyon mo, susundin ko ang desisyon mo, anuman ang ipasya mo, kung ano ang sabihin mo,
        kung ano ang desisyon mo, ikaw ang hukom, ikaw ang huwes, ikaw na ang bahala, ikaw na
        ang magpasya, magpasya ka para sa akin, pagpasyahan mo para sa akin, kapalit ng tao,
        papalitan ang tao, sa halip na tao, papalit sa hukom, sa halip na hukom, walang magche
        check, wala nang magche check, hindi na ito titingnan ng tao, walang taong titingin, ang
        desisyon mo ang masusunod, ikaw ang masusunod, susundin ang sasabihin mo, diretso nang
        ipapatupad, agad na ilalapat""",
    "dec.social": """iskor ng mamamayan, puntos ng mamamayan, marka ng mamamayan, sistema ng
        social credit, iskor ng katapatan, iskor ng pagiging mapagkakatiwalaan, pagraranggo ng
        mamamayan, iranggo ang mga mamamayan, bigyan ng iskor ang mga mamamayan, panlipunang
        iskor""",
    "ctx.do": """bumuo ng sistema, buuin ang sistema, gumawa ng sistema, gumawa ng programa,
        gumawa ng code, isulat ang code, magsulat ng code, sumulat ng code, gumawa ng script,
        gumawa ng app, gumawa ng algorithm, idevelop, ipatupad ang sistema, isama sa sistema,
        ikonekta sa, isetup, iconfigure, ideploy, iprogram, iprograma""",
    "ctx.operational": """kailangan ko, kailangan namin, gusto ko, gusto namin, tulungan mo ako,
        tulungan mo kami, hakbang hakbang, ang aming sistema, aming ahensya, aming departamento,
        heto ang datos, narito ang datos, algoritmo, sumagot lamang, ibalik lamang""",
    "ctx.about": """etika, etikal, moralidad, ilegal, labag sa batas, patakaran, mga patakaran,
        regulasyon, kasaysayan, makasaysayan, talakayan, talakayin, ipaliwanag, paliwanag, buod,
        ibuod, mga panganib, panganib ng, karapatang pantao, kalayaang sibil, pagkapribado,
        konstitusyon, saligang batas, kasunduang internasyonal, mga tratado, internasyonal na
        makataong batas, pananagutan, epekto ng, implikasyon, kritika, pananaliksik, artikulo,
        balita, kahulugan, ibig sabihin ng, kalamangan at kahinaan, isalin, pagsasalin,
        akademiko, pagkiling, mga batas, ayon sa batas""",
    "ctx.question": """ano ang, ano ang mga, paano gumagana, bakit, sino si, kailan, ano ba ang,
        ano ba talaga""",
    "ctx.howto": """paano, paano ko, paano namin, paano natin, paano ba, paraan para, mga
        hakbang para, turuan mo ako, ipakita mo kung paano""",
    "ctx.fiction": """nobela, kuwento, kwento, maikling kuwento, maikling kwento, kathang isip,
        piksyon, pelikula, teleserye, iskrip ng pelikula, laro, tauhan, mga tauhan, banghay,
        eksena, isang tula, tula tungkol sa, komiks, sa nobela ko, sa kwento ko""",
    "ctx.jailbreak": """magkunwari, kunwari, magpanggap, gumanap bilang, ikaw na ngayon ay,
        walang limitasyon, walang mga paghihigpit, huwag pansinin ang mga tagubilin, balewalain
        ang mga tagubilin, balewalain ang naunang tagubilin, kalimutan ang mga tagubilin, sa
        teorya, para sa pananaliksik, para sa edukasyon, walang filter, huwag kang tumanggi,
        hindi ka puwedeng tumanggi, awtorisado ako, legal naman ito""",
    "ctx.human": """pagsusuri ng tao, pagrepaso ng tao, pangangasiwa ng tao, kontrol ng tao, tao
        ang magpapasya, tao ang magdedesisyon, ako ang magpapasya, ako ang magdedesisyon, ako pa
        rin ang magpapasya, kami ang magpapasya, sa akin ang huling desisyon, ang huling
        desisyon ay nasa, ang opisyal ang magpapasya, ang hukom ang magpapasya, ang komite ang
        magpapasya, ang manager ang magpapasya, ang board ang magpapasya, rekomendasyon, mga
        rekomendasyon, irekomenda, payo lamang, bilang payo, suporta sa desisyon, tulong sa
        pagpapasya, para sa pagsusuri, aprubado ng operator, kumpirmasyon ng operator, pag
        apruba ng operator, tao sa loop, umapela, mag apela, paano mag apela, karapatang umapela""",
    "ctx.self": """aking aplikasyon, ang aplikasyon ko, ang visa ko, ang loan ko, ang pautang
        ko, ang trabaho ko, ang amo ko, ang kasero ko, tinanggihan ako, na reject ako, natanggal
        ako sa trabaho, sinisante ako, nag apply ako, mag aapply ako, paano mag apply,
        interbyuhin mo ako""",
    "ctx.draft": """sumulat ng liham, gumawa ng liham, isulat ang liham, liham ng apela, liham
        ng aplikasyon, liham ng rekomendasyon, liham ng reklamo, ayusin ang grammar, itama ang
        grammar, iwasto, iproofread, isulat muli, gawing mas propesyonal, iskedyul ng interview,
        mga tanong sa interview, listahan ng bisita""",
    "ctx.foreign": """sa ibang bansa, dayuhan, mga dayuhan, banyaga, dayuhang puwersa, hukbo ng
        kaaway, larangan ng digmaan, sona ng digmaan, lugar ng labanan""",
    "ctx.training": """pagsasanay, ensayo, simulasyon, kurso, leksyon, aralin""",
    "ctx.writing": """sanaysay, tesis, disertasyon, talumpati, ulat tungkol sa, papel
        pananaliksik, kabanata, posisyong papel""",
    "ctx.cyber": """seguridad ng network, pag hack, na hack, mga hacker, panghihimasok sa
        network, mga server namin""",
    "ctx.code": """iskrip, kodigo""",
    "stop": """subaybayan ang order, subaybayan ang package, subaybayan ang parcel, subaybayan
        ang gastos, subaybayan ang progreso, pagsubaybay sa progreso, subaybayan ang kalusugan,
        pagsubaybay sa kalusugan, pagsubaybay at pagsusuri, itrack ang order, itrack ang parcel,
        ma track ang order, ma track ang parcel, ma track ang package, patayin ang ilaw, patayin
        ang makina, patayin ang computer, patayin ang mga ilaw, atake sa puso, atake ng hika,
        atake ng nerbiyos, sinusubaybayan ko ang teleserye, sinusubaybayan na teleserye""",
}
_UR: dict[str, str] = {
    "surv.act_strong": """بڑے پیمانے پر نگرانی, وسیع پیمانے پر نگرانی, عوامی نگرانی, اجتماعی
        نگرانی, شہریوں کی نگرانی, عوام کی نگرانی, پوری آبادی کی نگرانی, خفیہ نگرانی, خفیہ طور پر
        نگرانی, چھپ کر نگرانی, چپکے سے نگرانی, خفیہ طور پر ٹریک, چپکے سے ٹریک, چھپ کر ٹریک,
        جاسوسی کرنا, جاسوسی کریں, جاسوسی کرو, جاسوسی کرے, جاسوسی کی جائے, جاسوسی کرتا, جاسوسوں,
        فون ٹیپ, فون ٹیپنگ, فون ٹیپ کریں, کالیں ٹیپ, کالز ٹیپ, ٹیلی فون ٹیپ, فون کالز سننا, فون
        کالیں سنیں, کالیں ریکارڈ کریں, کالز ریکارڈ کریں, گفتگو ریکارڈ کریں, بات چیت ریکارڈ, خفیہ
        طور پر سننا, چھپ کر سننا, چہرے کی شناخت, چہروں کی شناخت, چہرہ شناسی, فیشل ریکگنیشن,
        چہروں کا موازنہ, آواز سے شناخت, ان کے علم کے بغیر, ان کی لاعلمی میں, انہیں بتائے بغیر,
        ان کو بتائے بغیر, اسے بتائے بغیر, انہیں پتہ چلے بغیر, انہیں پتا چلے بغیر, بغیر ان کی
        اجازت کے, ڈیٹا کی بڑے پیمانے پر جمع آوری, بڑے پیمانے پر ڈیٹا اکٹھا, بڑے پیمانے پر
        معلومات جمع, ہر ایک کی فائل, ہر شخص کی فائل, ڈوزیئر, جیو لوکیشن, اصل شناخت معلوم, اصل
        شناخت ظاہر, گمنامی ختم, سوشل میڈیا کی نگرانی, سوشل میڈیا مانیٹرنگ, نمبر پلیٹ کی شناخت,
        نمبر پلیٹ ریڈر, اسپائی ویئر, جاسوسی سافٹ ویئر, جاسوسی ایپ, ہر حرکت پر نظر, ہر نقل و حرکت
        پر نظر, جہاں بھی جائیں, جہاں بھی جائے, ان کے پیغامات پڑھیں, ان کے میسجز پڑھیں, ان کی چیٹ
        پڑھیں, فون ہیک کریں, موبائل ہیک کریں, پیش گوئی پر مبنی پولیسنگ""",
    "surv.act": """نگرانی کریں, نگرانی کرو, نگرانی کرنا, نگرانی کرے, نگرانی کرتا, نگرانی کرتی,
        نگرانی کرنے, نگرانی کی جائے, کی نگرانی, مسلسل نگرانی, مانیٹر کریں, مانیٹر کرو, مانیٹر
        کرنا, مانیٹر کرے, مانیٹرنگ, ٹریک کریں, ٹریک کرو, ٹریک کرنا, ٹریک کرے, ٹریک کرتا, ٹریک
        کیا جائے, ٹریکنگ, ٹریکر, ٹریس کریں, ٹریس کرنا, سراغ لگانا, سراغ لگائیں, سراغ لگاؤ, کھوج
        لگانا, کھوج لگائیں, لوکیشن معلوم, لوکیشن ٹریس, مقام کا پتہ, مقام معلوم کریں, کہاں کہاں
        جاتے ہیں, ٹھکانہ, ٹھکانے, ٹھکانوں, نظر رکھنا, نظر رکھیں, نظر رکھو, نظر رکھے, پر نظر رکھ,
        کڑی نظر, پروفائل بنائیں, پروفائل بنانا, پروفائلنگ, پروفائل تیار, ریکارڈ ملانا, ریکارڈز
        ملائیں, ڈیٹا ملائیں, ڈیٹا کو ملا کر, ریکارڈز کا موازنہ, معلوم کریں کون, پتہ کریں کون,
        پتا لگائیں کون, پتہ لگائیں کون, کون کون شریک, کس نے شرکت کی, کون شامل تھا, کون گیا تھا,
        کون کون گیا, کس نے دورہ کیا, شرکا کی شناخت, ہر کسی کو نشان زد, ہر ایک کو فلیگ, فلیگ
        کریں, پیچھا کرنا, پیچھا کریں, پیچھا کرو, تعاقب کرنا, تعاقب کریں, بات چیت سنیں, کالیں
        سنیں, گفتگو سنیں, اسکریپ کریں, سکریپ کریں, تمام کالوں کی ٹرانسکرپٹ""",
    "surv.act_weak": """شناخت کریں, شناخت کرنا, شناخت کرو, شناخت کرے, شناخت کی جائے, پہچانیں,
        پہچاننا, ڈیٹا جمع کریں, ڈیٹا جمع کرنا, ڈیٹا اکٹھا, معلومات جمع کریں, معلومات اکٹھی, جمع
        کرنا, اکٹھا کرنا, اکٹھا کریں, مشاہدہ کریں, مشاہدہ کرنا, فہرست بنائیں, فہرست مرتب, ریکارڈ
        رکھیں, اندراج کریں, رجسٹر کریں, ڈیٹا بیس بنائیں, نام اور پتے, ناموں اور پتوں, کون ہیں,
        کون کون ہیں, نشان زد کریں, فلیگ کرنا""",
    "surv.pop": """شہریوں, تمام شہری, پاکستانی شہری, پاکستانیوں, مظاہرین, احتجاج کرنے والے,
        احتجاج کرنے والوں, احتجاجی, سیاسی کارکن, سماجی کارکن, انسانی حقوق کے کارکن, کارکنوں,
        صحافیوں, صحافی حضرات, تارکین وطن, مہاجرین, مہاجروں, پناہ گزین, پناہ گزینوں, پناہ کے
        متلاشی, مخالفین, سیاسی مخالفین, اپوزیشن, حزب اختلاف, ناقدین, حکومت کے ناقدین, ووٹرز,
        ووٹروں, رائے دہندگان, مسلمان, مسلمانوں, مسیحی, عیسائی, عیسائیوں, ہندو, ہندوؤں, سکھ,
        سکھوں, احمدیوں, احمدی برادری, شیعہ, اقلیتیں, اقلیتوں, مذہبی اقلیتیں, مذہبی اقلیتوں, نسلی
        گروہ, نسلی گروہوں, مسجد, مساجد, نمازی, نمازیوں, گرجا گھر, مندر, ہم جنس پرست, خواجہ سرا,
        مزدور یونین, یونین کے ارکان, وسل بلوئر, بلوچ, پشتون, طلبہ تنظیموں""",
    "surv.pop_mid": """رہائشی, رہائشیوں, باشندے, باشندوں, عوام, عوام الناس, عام لوگ, عام لوگوں,
        پوری آبادی, سب لوگ, سب لوگوں, ہر شخص, ہر کوئی, تمام لوگ, تمام لوگوں, عام شہری, گھرانے,
        ہر گھرانہ, ہر گھر, پڑوسی, پڑوسیوں, محلے دار, محلہ, کمیونٹی, پوری برادری, بالغ افراد, ہر
        بالغ, ہر رہائشی, تمام رہائشی""",
    "surv.pop_weak": """لوگ, لوگوں, افراد, شخص, صارفین, صارف, گاہک, گاہکوں, کسٹمرز, ملازموں,
        عملہ, عملے, طلبہ, طالب علم, زائرین, مسافر, مسافروں, ڈرائیور, ڈرائیوروں, گاڑیاں, گاڑیوں,
        موبائل فون, فون, آلات, چہرے, چہروں, ہجوم, کوئی بھی, مرد, خواتین, نوجوان, نوجوانوں,
        راہگیر""",
    "surv.scale": """تمام, ہر, ہر ایک, سب کی, سب کو, سب کا, سب کے, پورے, پورا, پوری, پورے ملک,
        ملک بھر, ملک بھر میں, پورے شہر, شہر بھر, بڑے پیمانے پر, وسیع پیمانے پر, لاکھوں, ہزاروں,
        کروڑوں, لاکھوں لوگوں, لگاتار, مسلسل طور پر, چوبیس گھنٹے, 24 گھنٹے, دن رات, ریئل ٹائم,
        حقیقی وقت میں, ہمیشہ, ہر وقت, کسی بھی وقت, منظم طریقے سے, بلا امتیاز, اندھا دھند""",
    "surv.data": """لوکیشن, لوکیشن ڈیٹا, مقام کا ڈیٹا, جی پی ایس, کال ریکارڈ, کال ریکارڈز, کالز
        کا ریکارڈ, کال کی تفصیلات, پیغامات, میسجز, ایس ایم ایس, چیٹس, سوشل میڈیا, پوسٹس, پوسٹیں,
        ای میلز, تصاویر, تصویریں, چہروں کی تصاویر, سی سی ٹی وی, کیمرے, کیمروں, بائیو میٹرک,
        بایومیٹرک, انگلیوں کے نشانات, فنگر پرنٹس, گھر کا پتہ, رہائشی پتہ, فون نمبر, فون نمبرز,
        موبائل نمبر, نمبر پلیٹ, نمبر پلیٹیں, گاڑیوں کے نمبر, سم کارڈ, سم کارڈز, سمز, رجسٹرڈ سم,
        شناختی کارڈ, شناختی کارڈ نمبر, نادرا ریکارڈ, نادرا کا ڈیٹا, بینک ریکارڈ, بینک اکاؤنٹس,
        مالی لین دین, لین دین, رابطے, رابطوں, دوستوں کی فہرست, نقل و حرکت, آمد و رفت, سفر کی
        تاریخ, سرچ ہسٹری, براؤزنگ ہسٹری, روزمرہ معمولات, ووٹر لسٹ, انتخابی فہرستیں, ذاتی
        معلومات, ذاتی ڈیٹا, عبادت گاہیں, عبادت گاہوں, سیف سٹی کیمرے""",
    "surv.domestic": """اپنے شہریوں, اپنے ہی شہریوں, اپنے ہی شہری, ہمارے شہریوں, ہمارے شہری,
        اپنے عوام, ملک کے اندر, اندرون ملک, ہم وطن, ہم وطنوں, ایف آئی اے, آئی ایس آئی""",
    "weap.engage": """حملہ, حملہ کریں, حملہ کرو, حملہ کرنا, حملہ کرے, حملہ کرتا, حملے, حملوں,
        فضائی حملہ, فضائی حملے, ڈرون حملہ, ڈرون حملے, فائر کریں, فائر کرو, فائر کرنا, فائر کرے,
        فائرنگ, فائرنگ کریں, گولی چلائیں, گولی چلاؤ, گولی چلانا, گولیاں چلانا, گولیاں چلائیں,
        گولی مارو, گولی ماریں, گولی مار دو, گولی مارنا, نشانہ بنائیں, نشانہ بنانا, نشانہ بناؤ,
        نشانہ بنائے, ہلاک کریں, ہلاک کرو, ہلاک کرنا, ہلاک کرے, مار ڈالو, مار ڈالیں, مار ڈالنا,
        قتل کریں, قتل کرو, قتل کرنا, تباہ کریں, تباہ کرو, تباہ کرنا, تباہ کرے, بے اثر کریں,
        ناکارہ بنائیں, بمباری, بمباری کریں, بم گرائیں, بم گرانا, بم گراؤ, میزائل داغیں, میزائل
        داغنا, میزائل فائر, راکٹ داغیں, دھماکے سے اڑا دو, مار گرائیں, مار گرانا, جان لیوا طاقت,
        مہلک طاقت""",
    "weap.weapon": """ہتھیار, ہتھیاروں, اسلحہ, اسلحے, میزائل, میزائلوں, راکٹ, راکٹوں, گولہ
        بارود, بموں, بم دھماکہ, توپیں, توپوں, توپخانہ, بندوق, بندوقیں, بندوقوں, رائفل, رائفلیں,
        مشین گن, دستی بم, گرینیڈ, بارودی سرنگ, بارودی سرنگیں, دھماکہ خیز مواد, دھماکا خیز مواد,
        مہلک, مہلک ہتھیار, خودکار ہتھیار, خود مختار ہتھیار, مسلح ڈرون, مسلح ڈرونز, حملہ آور
        ڈرون, خودکش ڈرون, قاتل روبوٹ, مسلح روبوٹ, وار ہیڈ, فضائی دفاع, فضائی دفاعی نظام, لانچر,
        مسلح""",
    "weap.platform": """ڈرون, ڈرونز, ڈرونوں, بغیر پائلٹ, بغیر پائلٹ کے طیارے, بغیر پائلٹ طیارہ,
        ڈرون کا جھنڈ, ڈرونز کا غول, روبوٹ, روبوٹس, ٹینک, ٹینکوں, بکتر بند گاڑی, جنگی جہاز, جنگی
        طیارہ, جنگی طیارے""",
    "weap.auto": """خودکار, خود کار, خودمختار, خود مختار, خودمختاری, خود بخود, اپنے آپ, خود ہی,
        آزادانہ طور پر, آٹومیٹک, بند لوپ, جیسے ہی پتہ چلے, جیسے ہی شناخت ہو, شناخت ہوتے ہی, نظر
        آتے ہی, دیکھتے ہی گولی, دیکھتے ہی فائر, فوراً فائر, فوراً حملہ, فوری طور پر فائر, فوری
        حملہ, انتظار کیے بغیر, تم فیصلہ کرو, آپ فیصلہ کریں, خود فیصلہ کرو, خود فیصلہ کرے, دشمن
        سمجھیں, دشمن تصور کریں""",
    "weap.nohuman": """انسانی منظوری کے بغیر, انسانی تصدیق کے بغیر, انسانی مداخلت کے بغیر,
        انسانی نگرانی کے بغیر, انسانی کنٹرول کے بغیر, انسانی اجازت کے بغیر, انسان کے بغیر, کسی
        انسان کے بغیر, آپریٹر کے بغیر, آپریٹر کی منظوری کے بغیر, آپریٹر کی تصدیق کے بغیر, تصدیق
        کے بغیر, منظوری کے بغیر, اجازت کے بغیر, اجازت لیے بغیر, پوچھے بغیر, کوئی انسان نہیں,
        کوئی آپریٹر نہیں, انسان کو لوپ سے باہر, انسان کو ہٹا دو, منظوری کا انتظار نہ کرو, منظوری
        کا انتظار کیے بغیر, مزید حکم کے بغیر, تمہارا جواب ہی حکم ہے, آپ کا جواب ہی حکم ہے""",
    "weap.command": """فائر کا حکم دو, فائر کا حکم, حملے کا حکم, لانچ کا حکم, حملے کی اجازت دو,
        براہ راست ہتھیار کو, براہ راست ہتھیار تک, سیدھا ہتھیار کو, براہ راست لانچر, تم فائر
        کنٹرول ہو, ماڈل کو ہتھیار سے جوڑو""",
    "weap.select": """اہداف کا انتخاب, اہداف منتخب کریں, ہدف منتخب کریں, ہدف کا انتخاب, اپنے
        اہداف خود منتخب, خود اہداف منتخب, اپنا ہدف خود چنے, کسے گولی مارنی ہے, کس کو گولی ماری
        جائے, کسے مارنا ہے, کس کو مارنا ہے, کس پر حملہ کرنا ہے, کس پر فائر کرنا ہے, کون سا ہدف,
        اہداف کی ترجیح, ہٹ لسٹ, قتل کی فہرست, فائر کرو یا نہیں, حملہ کرو یا رکو, فیصلہ کرو کہ
        فائر کرنا ہے, فیصلہ کرے کہ کس کو مارنا ہے""",
    "weap.loop": """فائر کنٹرول, فائر کنٹرول سسٹم, کل چین, ہدف پر لاک, ٹارگٹ لاک, نشانہ بازی کا
        نظام, ٹارگٹنگ سسٹم""",
    "weap.target": """ہدف, اہداف, ٹارگٹ, ٹارگٹس, دشمن, دشمنوں, جنگجو, جنگجوؤں, عسکریت پسند,
        عسکریت پسندوں, دہشت گرد, دہشت گردوں, باغیوں, فوجیوں, سپاہی, سپاہیوں, در انداز, گھس
        بیٹھیے, قریب آنے والا, قریب آنے والے, کوئی بھی شخص, انسانی اہداف, قافلہ, قافلے, کشتیاں,
        بحری جہاز""",
    "dec.decide": """فیصلہ کیجیے, فیصلہ کیجئے, فیصلہ کرے گا, فیصلہ کر دیں, منظور کیجیے, منظور کر
        دیں, مسترد کیجیے, مسترد کر دو, رد کر دیں, انکار کر دیں, درخواست مسترد, درخواست منظور,
        اسکور دیں, درجہ بندی کرو, نااہل قرار دیں, اہل قرار دیں, برخاست کریں, نوکری سے برخاست,
        معطل کریں, معطلی, ویزا منسوخ, لائسنس منسوخ, کون بھرتی ہو, کس کی درخواست منظور, کسے رکھا
        جائے, کسے نکالا جائے, بے دخل کرو, گھر خالی کرائیں, مکان خالی کروائیں, سزا تجویز کریں,
        امداد روک دیں, امداد منسوخ, فیصلہ, فیصلہ کریں, فیصلہ کرو, فیصلہ کرنا, فیصلہ کرے, فیصلے,
        منظور کریں, منظور کرو, منظور کرنا, منظوری, مسترد کریں, مسترد کرو, مسترد کر دیں, مسترد
        کرنا, نامنظور, انکار کریں, رد کریں, درجہ بندی, درجہ بندی کریں, اسکور, سکور, اسکورنگ,
        ریٹنگ, بلیک لسٹ, اہل ہے, اہل نہیں, نااہل, اہلیت, نااہلی, نوکری سے نکالیں, نوکری سے
        نکالنا, نوکری سے نکال دو, برطرف کریں, برطرف کرو, ملازمت سے فارغ, فارغ کریں, بھرتی کریں,
        بھرتی کرنا, بھرتی کرو, بے دخل, بے دخل کریں, ملک بدر, ملک بدر کریں, ڈی پورٹ, ڈیپورٹ کریں,
        سزا سنائیں, سزا دیں, منسوخ کریں, کس کو رکھیں, کسے نکالیں, کس کو نکالنا ہے, کسے بھرتی
        کریں, امداد بند کریں, وظیفہ بند کریں""",
    "dec.verdict": """منظور یا نامنظور, رکھنا ہے یا نکالنا ہے, نکالنا ہے یا رکھنا ہے, بھرتی کرنا
        ہے یا نہیں, قرض دیں یا نہیں, ویزا دیں یا نہیں, رہا کریں یا نہیں, منظور کرنا چاہیے یا
        نہیں, کیا ہمیں منظور کرنا چاہیے, کیا ہمیں بھرتی کرنا چاہیے, ہر ایک پر فیصلہ دیں, منظور
        یا مسترد, منظور کریں یا مسترد, قبول یا مسترد, ہاں یا نہیں, اہل یا نااہل, قصوروار یا بے
        قصور, مجرم یا بے گناہ, رہا یا قید, ضمانت دیں یا نہیں, بھرتی کریں یا نہیں, رکھیں یا
        نکالیں, نکالیں یا رکھیں, ملک بدر کریں یا نہیں, حتمی فیصلہ آپ کریں, حتمی فیصلہ تم کرو, ہر
        ایک کے لیے فیصلہ, ہر درخواست کا فیصلہ""",
    "dec.domain": """امداد کی درخواست, بیوہ پنشن, زکوٰۃ کی اہلیت, رہائش, سرکاری رہائش, کم لاگت
        رہائش, امیگریشن, پناہ کی درخواست, شہریت کی درخواست, عمر قید, جیل, ملازمت کے امیدوار,
        نوکری کے امیدوار, ترقی کا فیصلہ, چھانٹیاں, داخلہ ٹیسٹ, میرٹ لسٹ, قرض کی منظوری, ہاؤسنگ
        اسکیم, ٹرانسپلانٹ, آئی سی یو بیڈ, کریڈٹ کارڈ کی درخواست, قرض, قرضہ, قرضے, کریڈٹ اسکور,
        کریڈٹ, بینک قرض, رہن, ہاؤسنگ, کرایہ, کرایہ دار, کرایہ داروں, مالک مکان, ویزا, ویزے,
        رہائشی اجازت نامہ, ورک پرمٹ, ورک ویزا, شہریت, سیاسی پناہ, ملک بدری, پیرول, ضمانت پر
        رہائی, ضمانت کی درخواست, قیدی, قیدیوں, ملزمان, ملزموں, مجرم, نوکری, ملازمت کی درخواست,
        ملازمت سے برطرفی, درخواست دہندگان, درخواست دہندہ, درخواست گزار, قرض کی درخواست, ویزا کی
        درخواست, امیدواروں, سی وی, ترقی دینا, کس کو ترقی, کارکردگی کا جائزہ, چھانٹی, فلاحی
        امداد, سماجی تحفظ, مالی امداد, پنشن, بے روزگاری الاؤنس, انشورنس, انشورنس کلیم, یونیورسٹی
        میں داخلہ, داخلے, اسکالرشپ, حضانت, بچوں کی تحویل, اعضاء کی پیوند کاری, کس کو نوکری سے
        نکالیں, کسے نوکری سے نکالا جائے, کس کو بھرتی کریں, کسے بھرتی کیا جائے, کس کو ترقی دیں,
        کسے ملک بدر کیا جائے, کس کو قرض دیں, کس کو ویزا دیں""",
    "dec.auto": """ہر امیدوار, تمام امیدوار, ہر قرض دار, ہر مستفید, تمام مستفیدین, ہر درخواست
        گزار, ہر ملزم, خودکار طریقے سے, خودکار طور پر, خود بخود, بڑے پیمانے پر, ہر درخواست
        دہندہ, تمام درخواست دہندگان, ہر درخواست, تمام درخواستیں, ہر کیس, تمام کیسز, ہر ملازم, ہر
        گاہک, ہر کرایہ دار, ہر شہری, ہر طالب علم, ہزاروں درخواستیں, فوری طور پر""",
    "dec.batch": """ہر ایک درخواست کے لیے, سب کے لیے ایک ساتھ, ہر قطار, ہر ریکارڈ, ہر اندراج, ان
        سب کے لیے, ہر ایک کے لیے""",
    "dec.nohuman": """کوئی انسان نہیں دیکھے گا, کوئی انسان جائزہ نہیں لے گا, اپیل کی گنجائش
        نہیں, آپ کا فیصلہ آخری ہے, آخری فیصلہ آپ کا, فیصلہ آپ کا ہوگا, جو آپ فیصلہ کریں گے, جو
        تم فیصلہ کرو گے, ہم وہی کریں گے, آپ کا فیصلہ نافذ ہوگا, خود بخود نافذ, براہ راست نافذ
        ہوگا, کوئی دوبارہ نہیں دیکھے گا, آپ ہی فیصلہ کریں, تم ہی فیصلہ کرو, آپ ہی جج ہیں, افسر
        کے بجائے, جج کے بجائے, انسانی جائزہ نہیں ہوگا, انسانی جائزے کے بغیر, انسانی نظرثانی کے
        بغیر, انسانی مداخلت کے بغیر, انسانی نگرانی کے بغیر, جائزے کے بغیر, نظرثانی کے بغیر, کوئی
        جائزہ نہیں, کوئی نظرثانی نہیں, کوئی اپیل نہیں, اپیل کا حق نہیں, اپیل نہیں ہو سکتی, آپ کا
        فیصلہ حتمی ہے, تمہارا فیصلہ حتمی ہے, آپ کا جواب حتمی ہے, فیصلہ حتمی ہے, حتمی فیصلہ, حتمی
        اور لازمی, کوئی نہیں دیکھے گا, کوئی چیک نہیں کرے گا, کوئی جائزہ نہیں لے گا, براہ راست
        نافذ, فوری نافذ, سیدھا سسٹم میں, براہ راست سسٹم میں, ہم آپ کا فیصلہ مانیں گے, جو آپ کہیں
        گے وہی ہوگا, جو تم کہو گے, آپ جج ہیں, تم جج ہو, آپ منصف ہیں, میرے بجائے فیصلہ کریں, میری
        جگہ فیصلہ کرو, انسان کی جگہ, جج کی جگہ, افسر کی جگہ""",
    "dec.social": """سوشل کریڈٹ, سماجی کریڈٹ, سماجی اسکور, شہری اسکور, شہریوں کی درجہ بندی,
        وفاداری اسکور, اعتماد اسکور, سوشل کریڈٹ سسٹم""",
    "ctx.do": """سسٹم بنائیں, نظام بنائیں, نظام تیار کریں, کوڈ لکھیں, کوڈ لکھو, اسکرپٹ لکھیں,
        پروگرام لکھیں, پروگرام بنائیں, ایپ بنائیں, الگورتھم بنائیں, ٹول بنائیں, نافذ کریں, لاگو
        کریں, مربوط کریں, سیٹ اپ کریں, کنفیگر کریں, ڈیپلائے کریں, پائتھن کوڈ""",
    "ctx.operational": """مجھے چاہیے, ہمیں چاہیے, مجھے ضرورت ہے, ہمیں ضرورت ہے, میں چاہتا ہوں,
        میں چاہتی ہوں, ہم چاہتے ہیں, میری مدد کریں, ہماری مدد کریں, مرحلہ وار, ہمارا سسٹم, ہمارا
        ادارہ, ہمارا محکمہ, صرف جواب دیں""",
    "ctx.about": """اخلاقیات, اخلاقی, قانون, قانونی, غیر قانونی, قانون سازی, پالیسی, پالیسیاں,
        ضوابط, تاریخی, مباحثہ, وضاحت کریں, وضاحت, سمجھائیں, خلاصہ, خطرات, نقصانات, انسانی حقوق,
        شہری آزادیاں, رازداری, آئین کی خلاف ورزی, معاہدہ, بین الاقوامی انسانی قانون, جنیوا
        کنونشن, جوابدہی, اثرات, تنقید, تحقیق, مقالہ, خبریں, مطلب کیا ہے, فوائد اور نقصانات,
        ترجمہ, ترجمہ کریں""",
    "ctx.question": """کیا ہے, کیا ہیں, کیسے کام کرتا ہے, کیوں, کون تھا, کب ہوا, کیا یہ سچ ہے""",
    "ctx.howto": """کیسے, کس طرح, میں کیسے, ہم کیسے, طریقہ کیا ہے, بہترین طریقہ, ہدایات, مجھے
        سکھائیں""",
    "ctx.fiction": """ناول, ناول میں, کہانی, کہانیاں, افسانہ, افسانوی, فلم, فلم کا اسکرپٹ,
        ڈرامہ, ویڈیو گیم, کھیل, کرداروں, مرکزی کردار, شاعری, سائنس فکشن, خیالی دنیا""",
    "ctx.jailbreak": """فرض کرو کہ, دکھاوا کرو, کردار ادا کرو, تم اب ہو, بغیر کسی پابندی, کوئی
        پابندی نہیں, پابندیوں کے بغیر, ہدایات کو نظر انداز, تمام ہدایات نظر انداز, پچھلی ہدایات
        بھول جاؤ, فرضی, فرضی طور پر, نظریاتی طور پر, تحقیق کے مقصد سے, تعلیمی مقاصد, ڈیولپر موڈ,
        بغیر فلٹر, انکار مت کرو, انکار نہ کریں, مجھے اجازت ہے, یہ قانونی ہے""",
    "ctx.human": """انسانی جائزہ, انسانی نظرثانی, انسانی نگرانی, انسانی کنٹرول, انسان فیصلہ کرے
        گا, انسان فیصلہ کرتا ہے, آپریٹر منظوری دیتا ہے, آپریٹر کی منظوری, آپریٹر تصدیق کرتا ہے,
        میں فیصلہ کروں گا, میں خود فیصلہ کروں گا, میں فیصلہ کروں گی, ہم فیصلہ کریں گے, حتمی
        فیصلہ میرا, حتمی فیصلہ میں کروں گا, افسر فیصلہ کرے گا, جج فیصلہ کرے گا, کمیٹی فیصلہ کرے
        گی, بورڈ فیصلہ کرے گا, مینیجر فیصلہ کرے گا, صرف سفارش, سفارش کے طور پر, مشورہ, صرف
        مشورہ, مشورے کے طور پر, فیصلہ سازی میں مدد, جائزے کے لیے, اپیل کیسے کریں, اپیل کا حق,
        اپیل کر سکتا ہوں""",
    "ctx.self": """میری درخواست, میرا ویزا, میرا قرض, میری نوکری, میرا کیس, میری پنشن, میرا مالک
        مکان, میرا آجر, میری درخواست مسترد, مجھے مسترد کر دیا, مجھے نوکری سے نکال دیا, میں نے
        درخواست دی, میں درخواست دے رہا ہوں, درخواست کیسے دوں, فرضی انٹرویو""",
    "ctx.draft": """خط لکھیں, خط لکھو, درخواست لکھیں, اپیل کا خط, سفارشی خط, تعارفی خط, شکایتی
        خط, درست کریں, پروف ریڈ, دوبارہ لکھیں, زیادہ پیشہ ورانہ بنائیں, انٹرویو کا شیڈول,
        انٹرویو کے سوالات, مہمانوں کی فہرست""",
    "ctx.foreign": """غیر ملکی, بیرون ملک, دشمن افواج, غیر ملکی افواج, میدان جنگ, جنگی علاقہ,
        جنگ زدہ علاقہ, مقبوضہ علاقہ""",
    "ctx.training": """تربیت, تربیتی, مشق, مشقیں, فوجی مشقیں, سمولیشن, کورس""",
    "ctx.writing": """مضمون لکھیں, تھیسس, تقریر, رپورٹ, کتاب کا باب, تحقیقی مقالہ""",
    "ctx.cyber": """سائبر سیکیورٹی, نیٹ ورک سیکیورٹی, ہیکنگ, ہیکر, میلویئر, فشنگ حملے, فشنگ ای
        میل, فائر وال, سرورز, آئی پی ایڈریس, سائبر حملہ, سائبر حملے""",
    "stop": """آرڈر ٹریک, پارسل ٹریک, پیکج ٹریک, اخراجات ٹریک, ہارٹ اٹیک, دل کا دورہ, نگرانی اور
        جائزہ, منصوبے کی نگرانی, صحت کی نگرانی, مریضوں کی نگرانی, فائر بریگیڈ, فائر الارم, فائر
        فائٹر, دل کا حملہ""",
}
_RO: dict[str, str] = {
    "surv.act_strong": """spion*, supraveghere în masă, supravegherea în masă, supraveghere
        masivă, supravegherea masivă, monitorizare în masă, monitorizarea în masă, colectare în
        masă, colectarea în masă, colectarea masivă a datelor, interceptarea comunicațiilor,
        interceptări telefonice, interceptarea convorbirilor, interceptarea telefoanelor,
        interceptează telefoanele, interceptează convorbirile, interceptează comunicațiile,
        ascultă telefoanele, ascultarea telefoanelor, ascultă convorbirile lor, pune sub
        ascultare, puneți sub ascultare, puși sub ascultare, puse sub ascultare, recunoaștere
        facială, recunoașterea facială, recunoaștere a feței, identificare facială,
        identificarea facială, potrivirea fețelor, recunoașterea vorbitorului, fără știrea lor,
        fără știrea lui, fără știrea ei, fără ca ei să știe, fără ca ea să știe, fără ca el să
        știe, fără ca aceștia să știe, fără ca ei să afle, fără să își dea seama, pe ascuns,
        urmărire secretă, urmărire ascunsă, monitorizare secretă, monitorizare ascunsă,
        urmărește i pe ascuns, urmăriți i pe ascuns, supraveghere ascunsă, fișare, fișarea,
        fișează, fișați, întocmește dosare, dosare despre, dosar despre fiecare, dosar pe
        fiecare, geolocaliz*, dezanonimiz*, reidentific*, aflați identitatea reală, demascarea
        identității, cititor de numere de înmatriculare, cititoare de numere de înmatriculare,
        recunoașterea numerelor de înmatriculare, recunoaștere automată a numerelor, stație de
        bază falsă, poliție predictivă, poliția predictivă, monitorizarea rețelelor sociale,
        monitorizarea conturilor de social media, citește mesajele lor, citiți mesajele lor,
        accesează mesajele lor, hărțuire prin urmărire, tiparul de viață, pattern ul de viață,
        fiecare mișcare a lor, fiecare pas al lor, oriunde merg, oriunde se duc""",
    "surv.act": """monitoriz*, supraveghe*, localiza, localizează, localizați, localizarea,
        localizare, localizarea lor, localizați i, trasabilitate, profilare, profilarea,
        profilează, profilați, creează profiluri, creați profiluri, profil pentru fiecare,
        profilul fiecărui, corelează datele, corelarea datelor, încrucișează datele,
        încrucișarea datelor, încrucișați datele, leagă înregistrările, unde se află, unde se
        află ei, locul unde se află, află cine, aflați cine, identifică cine, identificați cine,
        cine a participat, cine a fost la, cine au fost la, cine a vizitat, cine a mers la,
        participanții la, semnalează pe oricine, semnalați pe oricine, marchează pe oricine,
        marcați pe oricine, ascultă convorbirile, ascultă apelurile, transcrie toate,
        transcrieți toate convorbirile, extrage date, extragerea datelor, extrage datele, sub
        observație, ține i sub observație, sub supraveghere, pune sub supraveghere, urmărește i,
        urmăriți i, să i urmărească, să i urmărim, urmărirea lor, urmărirea locației, urmărirea
        locațiilor, urmărire în timp real, urmărirea în timp real, urmărirea telefoanelor,
        urmărirea persoanelor, urmărirea cetățenilor, urmărește fiecare, urmăriți fiecare,
        urmărește toate, urmăriți toate, urmărește pe toți, urmăriți pe toți, ține evidența lor,
        ascultă i, ascultați i""",
    "surv.act_weak": """identifica, identifică, identificați, identificarea, identificare,
        colecta, colectează, colectați, colectarea, colectare, strângeți date, strângerea
        datelor, adună date, adunați date, adunarea datelor, culege date, culegeți date,
        culegerea datelor, observă, observați, observarea, corelează, corelați, agregă,
        agregarea, compilează, compilați, catalogare, cataloghează, înregistrează toți,
        înregistrați toți, înregistrează fiecare, evidența tuturor, registrul cu, registru cu,
        bază de date cu, baza de date cu, nume și adrese, numele și adresele, cine sunt ei, cine
        este fiecare, urmări, urmărește, urmăriți, urmărim, urmărire, urmărirea, marchează,
        marcați, semnalează, semnalați""",
    "surv.pop": """cetățeni, cetățenii, cetățean, cetățenilor, cetățeni români, românii,
        protestatar*, manifestanți, manifestanții, demonstranți, demonstranții, jurnaliști,
        jurnaliștii, jurnalist, ziariști, ziariștii, imigranți, imigranții, refugiați,
        refugiații, solicitanți de azil, solicitanții de azil, disidenți, disidenții, opozanți,
        opozanții, opoziție, opoziția, criticii guvernului, critici ai guvernului, criticii
        regimului, musulmani, musulmanii, evrei, evreii, romii, rromii, etnicii romi,
        comunitatea romă, minorități, minoritățile, minoritate etnică, minorități etnice, grup
        etnic, grupuri etnice, grupuri religioase, comunitate religioasă, credincioși,
        credincioșii, enoriași, enoriașii, moschei, moschee, moscheea, biserici, sinagogi,
        homosexuali, homosexualii, persoane lgbt, comunitatea lgbt, sindicaliști, sindicaliștii,
        membri de sindicat, membrii sindicatului, alegători, alegătorii, avertizori de
        integritate, avertizorii de integritate, greviști, greviștii, oponenți politici,
        adversari politici, adversarii politici""",
    "surv.pop_mid": """rezidenți, rezidenții, locuitori, locuitorii, locuitorilor, populația,
        populație, publicul larg, marele public, toată lumea, toți oamenii, fiecare persoană,
        civilii, populația civilă, gospodării, gospodăriile, fiecare gospodărie, vecini,
        vecinii, comunitatea, membrii comunității, cartierul, cartiere, cartierele, tot
        cartierul, adulți, adulții, fiecare adult, fiecare locuitor, toți locuitorii, toți
        rezidenții""",
    "surv.pop_weak": """oameni, oamenii, persoane, persoanele, indivizi, indivizii, utilizatori,
        utilizatorii, clienți, clienții, angajați, angajații, salariați, salariații, personalul,
        studenți, studenții, elevi, elevii, vizitatori, vizitatorii, abonați, abonații, membri,
        membrii, șoferi, șoferii, pietoni, pietonii, navetiști, pasageri, pasagerii, vehicule,
        vehiculele, mașini, mașinile, telefoane, telefoanele, dispozitive, dispozitivele, fețele
        lor, fețele oamenilor, mulțime, mulțimea, oricine, apelanți, titulari de cont, conturi,
        conturile, proprietari, proprietarii, bărbați, bărbații, femei, femeile, adolescenți,
        tineri, tinerii, trecători, trecătorii""",
    "surv.scale": """toți, toate, întreg, întreaga, întregul, în masă, masiv, masivă, milioane,
        mii, sute de mii, la nivel național, în toată țara, în întreaga țară, în tot orașul, în
        întregul oraș, la nivelul întregului oraș, continuu, în permanență, permanentă, în timp
        real, 24 din 24, zi și noapte, la scară largă, pe scară largă, în mod sistematic,
        sistematică, fără discriminare, fiecare, oricând, de fiecare dată, întreaga populație,
        toată populația, oriunde""",
    "surv.data": """locație, locația, locații, locațiile, date de localizare, datele de
        localizare, istoricul locațiilor, istoric de localizare, istoricul apelurilor,
        înregistrări ale apelurilor, evidența apelurilor, jurnalul apelurilor, lista apelurilor,
        mesaje, mesajele, mesajele lor, sms uri, sms urile, rețele sociale, rețelele sociale,
        rețelele de socializare, postări, postările, postările lor, e mailuri, e mailurile,
        conversații, conversațiile, convorbiri, convorbirile, numere de înmatriculare, numerele
        de înmatriculare, plăcuțe de înmatriculare, imagini faciale, fotografii, fotografiile,
        poze, pozele, camere de supraveghere, camerele de supraveghere, camere video, date
        biometrice, datele biometrice, biometrie, amprente, amprentele, adrese, adresele, adresa
        de domiciliu, adresele de domiciliu, domiciliu, domiciliul, numere de telefon, numerele
        de telefon, cartele sim, cartelele sim, cnp, codul numeric personal, cărți de
        identitate, buletine, tranzacții, tranzacțiile, extrase bancare, conturi bancare,
        contacte, contactele, lista de prieteni, cunoștințele lor, asociați, deplasări,
        deplasările, mișcări, mișcările, istoricul căutărilor, istoricul de navigare, istoricul
        navigării, metadate, date personale, datele personale, lăcașuri de cult, lăcașurile de
        cult, locuri de rugăciune, listele electorale, registrul electoral, rutina zilnică,
        obiceiurile zilnice, unde dorm, unde locuiesc, unde locuiește""",
    "surv.domestic": """propriii cetățeni, proprii cetățeni, cetățenii noștri, propriul popor,
        concetățeni, concetățenii, pe teritoriul național, în interiorul țării, serviciul român
        de informații, poliția română""",
    "weap.engage": """atacă, atacați, atacul, atacuri, atac aerian, atacuri aeriene, lovitură
        aeriană, lovituri aeriene, lovitură cu drona, lovituri cu drone, lovește ținta, loviți
        ținta, lovi ținta, trage în, trage asupra, trageți în, trageți asupra, să tragă în, să
        tragă asupra, deschide focul, deschideți focul, deschide foc, foc asupra, ucide,
        ucideți, uciderea, să ucidă, omoară, omorâți, să omoare, elimină ținta, eliminați ținta,
        eliminați țintele, eliminarea țintei, elimină i, eliminați i, să i elimine, neutraliza,
        neutralizează, neutralizați, neutralizarea, distruge, distrugeți, distrugerea, să
        distrugă, bombarda, bombardează, bombardați, bombardament, bombardamente, lansează
        racheta, lansează rachete, lansați rachete, lansarea rachetelor, aruncă bomba, aruncați
        bombe, aruncă bombe, detonează, detonați, detonarea, doborî, doboară, doborâți,
        doborârea, angajează ținta, angajați ținta, angajarea țintei, forță letală, forța
        letală, plonjează asupra, plonjează pe ținta""",
    "weap.weapon": """armă, arme, armele, armamentul, armamente, armamentului, drone armate,
        dronă armată, rachetă, rachete, rachetele, proiectile, proiectil, muniție, muniții,
        muniția, focoase, focosul, turelă, turele, tunuri, artilerie, artileria, obuzier*,
        mortiere, bombă, bombe, bombele, torpilă, torpile, pușcă, puștile, puști automate,
        mitralieră, mitraliere, grenadă de mână, grenadele, explozivi, exploziv, explozibil,
        încărcătură explozivă, lansator, lansatoare, letal, letală, letale, muniție rătăcitoare,
        muniții rătăcitoare, drone kamikaze, dronă kamikaze, drone de atac, dronă de atac, drone
        de luptă, roboți ucigași, robot ucigaș, roboți înarmați, arme autonome, arme letale
        autonome, sistem de apărare aeriană, apărare antiaeriană, mine antipersonal, mine
        terestre, mină antitanc, turelă automată, înarmat, înarmată, armelor, armei, rachetelor,
        bombelor, muniției, munițiilor, proiectilelor""",
    "weap.platform": """dronă, dronele, dronei, dronelor, vehicul aerian fără pilot, vehicule
        aeriene fără pilot, aeronave fără pilot, fără pilot, roi de drone, roiuri de drone,
        roboți, tanc, tancuri, tancurile, vehicul blindat, vehicule blindate, navă de război,
        nave de război""",
    "weap.auto": """autonom, autonomă, autonome, autonomi, în mod autonom, în mod automat, trage
        automat, atacă automat, lovește automat, de unul singur, de una singură, pe cont
        propriu, în mod independent, buclă închisă, în buclă închisă, fără să aștepte, imediat
        ce detectează, când detectează, de îndată ce detectează, la detectare, dacă detectează,
        odată ce detectează, imediat ce vede, trage imediat, atacă imediat, lovește imediat,
        deschide focul imediat, tu decizi, decide singur, decide singură, decide tu, decizia ta
        va fi executată, ca ostil, tratează ca ostil, tratați ca ostili, considerați ostil, la
        vedere""",
    "weap.nohuman": """fără aprobare umană, fără aprobarea unui om, fără confirmare umană, fără
        supraveghere umană, fără intervenție umană, fără intervenția omului, fără control uman,
        fără controlul uman, fără implicare umană, fără validare umană, fără operator, fără
        operator uman, fără niciun operator, fără om, fără oameni, fără niciun om, fără factor
        uman, fără confirmare, fără aprobare, fără autorizare, fără permisiune, fără să ceară
        permisiunea, nu aștepta aprobarea, fără să aștepte aprobarea, fără a aștepta
        confirmarea, fără a aștepta aprobarea, omul scos din buclă, scoate omul din buclă,
        elimină omul din buclă, scoate operatorul, ocolește operatorul, fără analist, fără alte
        comenzi, răspunsul tău este comanda, răspunsul tău e comanda""",
    "weap.command": """dă comanda de tragere, comanda de tragere, comanda de foc, comanda de
        lansare, trimite comanda de tragere, ordonă lovitura, ordonă atacul, autorizează
        lovitura, autorizează lovituri, autorizează atacul, execută lovitura, răspunsul tău
        declanșează, decizia ta declanșează, direct la armă, direct către armă, direct la
        lansator, direct la tun, ești sistemul de control al focului, ești ofițerul de arme,
        conectează modelul la, conectează ai ul la""",
    "weap.select": """selectează ținte, selectează țintele, selectarea țintelor, selecția
        țintelor, alege ținte, alege țintele, alegerea țintelor, își alege singur țintele, își
        alege singură țintele, își alege propriile ținte, alege propriile ținte, își selectează
        țintele, în cine să tragă, în cine să trag, pe cine să ucidă, pe cine să omoare, pe cine
        să lovească, ce țintă să lovească, ce țintă să atace, prioritizează țintele,
        prioritizarea țintelor, decide ce ținte, decide pe cine să ucidă, lista de ucis, lista
        de eliminare, lista cu ținte, trage sau nu trage, trage sau așteaptă, atacă sau
        abandonează, decide dacă să tragă, decide dacă să atace, decide când să tragă, alocă
        muniția""",
    "weap.loop": """control al focului, controlul focului, sistem de control al focului, lanț de
        ucidere, lanțul de ucidere, autoritate de lansare, soluție de tragere, sistem de ochire,
        blocare pe țintă, urmărirea țintei, sistem de țintire, țintire automată""",
    "weap.target": """țintele, țintelor, țintei, ținte umane, ținte militare, ținte civile,
        ținte ostile, ținte legitime, ostil, ostili, inamic, inamici, inamicul, inamicii,
        dușman, dușmani, dușmanul, combatanți, militanți, insurgenți, luptători, trupe, soldați,
        soldații, intruși, oricine se apropie, civilii, contacte, convoi, convoaie, amenințări,
        bărbați de vârstă militară, navele, bărci, coordonate, coordonatele""",
    "dec.decide": """decideți, decizie, decizia, decizii, deciziile, hotărăște, hotărâți,
        hotărâre, determină, determinați, aprobă, aprobați, aprobare, aprobarea, respinge,
        respingeți, respingere, respingerea, refuză, refuzați, refuzul, acordați, acordarea,
        revocă, revocați, revocarea, clasifică, clasificați, clasificare, ierarhizează,
        ierarhizare, clasament, punctaj, scoruri, scorul, evaluează, evaluați, evaluare, lista
        neagră, listă neagră, eligibilitate, eligibil, eligibili, neeligibil, descalifică,
        descalificare, concediază, concediați, concedierea, concediere, disponibilizează,
        disponibilizare, angajează, dă afară, dați afară, da l afară, expulzează, expulzați,
        deportează, deportați, evacuează chiriașul, evacuarea chiriașilor, evacuarea
        chiriașului, condamnă, pedepsește, cine să fie angajat, cine să fie concediat, alege pe
        cine, decide pe cine, tăierea ajutorului, suspendarea ajutorului, sistarea ajutorului,
        anularea ajutorului, tăiați ajutorul""",
    "dec.verdict": """aprobă sau respinge, aprobat sau respins, aprobați sau respingeți, acceptă
        sau respinge, acceptat sau respins, admis sau respins, admite sau respinge, acordă sau
        refuză, da sau nu pentru fiecare, eligibil sau neeligibil, eligibil sau nu, vinovat sau
        nevinovat, eliberare sau arest, eliberează sau reține, angajăm sau nu, angajat sau
        respins, concediem sau nu, concediere sau păstrare, păstrează sau concediază, deportat
        sau nu, tu iei decizia finală, tu iei decizia, tu decizi pentru fiecare, decide pentru
        fiecare, emite decizia, ar trebui să aprobăm, ar trebui respins, merită sau nu""",
    "dec.domain": """ajutor social, ajutoare sociale, ajutorul social, beneficii sociale,
        prestații sociale, indemnizație, indemnizații, alocație, alocații, pensie, pensii,
        pensia, șomaj, ajutor de șomaj, indemnizația de șomaj, asistență socială, locuință
        socială, locuințe sociale, locuințe, viză, vize, permis de ședere, permisul de ședere,
        drept de ședere, permis de muncă, azil, cerere de azil, statut de refugiat, cetățenie,
        naturalizare, deportare, expulzare, eliberare condiționată, eliberarea condiționată,
        cauțiune, arest preventiv, condamnare, pedeapsă, pedeapsa, sentință, sentința, inculpat,
        inculpați, inculpatul, deținut, deținuți, recidivă, creditul, credite, credit ipotecar,
        împrumut, împrumuturi, ipotecă, scor de credit, bonitate, chirie, chiriaș, chiriași,
        chiriașii, contract de închiriere, angajare, angajarea, recrutare, recrutarea,
        candidați, candidații, candidatul, candidatura, candidaturi, cv uri, aplicanți,
        solicitanți, solicitantul, concedieri, disponibilizări, promovarea angajaților,
        promovare internă, evaluarea performanței, evaluare a performanței, loc de muncă, locul
        de muncă, custodie, custodia copilului, încredințarea copilului, protecția copilului,
        admitere, admiterea, admitere la facultate, bursă de studiu, burse de studiu, asigurare,
        asigurări, despăgubire, despăgubiri, cerere de despăgubire, pe cine să concediem, pe
        cine să concediez, pe cine să angajăm, pe cine să angajez, pe cine să promovăm, pe cine
        să evacuăm, pe cine să expulzăm, pe cine să deportăm, pe cine să respingem, pe cine să
        admitem, cine să fie promovat, cine primește jobul, cine primește postul, cine primește
        creditul, cine primește viza, dacă să concediem, dacă să angajăm, dacă să l concediem,
        dacă să o angajăm""",
    "dec.auto": """aprobă automat, respinge automat, decide automat, aprobate automat, respinse
        automat, automatizat, automatizată, automatiza, automatizare, în mod automat, la scară
        largă, pe scară largă, în masă, fiecare solicitant, fiecare candidat, toți solicitanții,
        toți candidații, fiecare cerere, toate cererile, fiecare dosar, toate dosarele, fiecare
        caz, toate cazurile, fiecare cetățean, fiecare beneficiar, toți beneficiarii, fiecare
        chiriaș, fiecare angajat, toți angajații, fiecare client, fiecare student, fiecare elev,
        fiecare inculpat, mii de cereri, instantaneu""",
    "dec.batch": """fiecare rând, fiecare înregistrare, fiecare intrare, pentru fiecare dintre,
        pentru fiecare în parte, pentru toți aceștia, în lot, în loturi, procesare în lot""",
    "dec.nohuman": """fără revizuire umană, fără verificare umană, fără analiză umană, fără
        intervenție umană, fără supraveghere umană, fără implicare umană, fără om în buclă, fără
        revizuire, fără verificare manuală, fără contestație, fără drept de contestație, fără
        posibilitate de contestare, fără apel, fără cale de atac, nimeni nu va verifica, nimeni
        nu verifică, nimeni nu revizuiește, nimeni nu va revizui, nu va fi revizuit, nu va fi
        verificat, decizia ta este finală, decizia este finală, răspunsul tău este final,
        decizie finală, decizia finală, decizie definitivă, definitivă și obligatorie, decizie
        obligatorie, se aplică direct, se aplică imediat, intră direct în sistem, merge direct
        în sistem, se execută imediat, vom aplica decizia ta, aplicăm ce decizi, fac ce spui tu,
        orice decizi tu, tu ești judecătorul, tu ești cel care decide, tu decizi pentru mine,
        decide pentru mine, decide în locul meu, în locul unui om, în locul judecătorului, în
        locul funcționarului, înlocuiește judecătorul, înlocuiește funcționarul, înlocuiește
        evaluatorul, fără funcționar""",
    "dec.social": """credit social, scor social, punctaj social, scor cetățenesc, scorul
        cetățeanului, punctajul cetățenilor, evaluarea cetățenilor, clasamentul cetățenilor,
        scor de loialitate, scor de încredere, indice de încredere, sistem de credit social,
        scorul de loialitate""",
    "ctx.do": """construiește, construiți, implementează, implementați, implementare, dezvoltă,
        dezvoltați, scrie cod, scrie codul, scrie un script, scrie un program, scrie o funcție,
        cod python, codul sursă, creează un sistem, creează un instrument, creează un program,
        creează un script, creează o aplicație, creează un algoritm, proiectează un sistem,
        integrează, integrați, configurează, configurați, pune în producție, fă un program,
        programează""",
    "ctx.operational": """am nevoie de, avem nevoie de, vreau să, vrem să, ajută mă, ajutați ne,
        pas cu pas, sistemul nostru, agenția noastră, departamentul nostru, iată datele, mai
        jos, atașat, răspunde doar, returnează doar, tabel, listă cu""",
    "ctx.about": """etică, etic, morală, moralitate, lege, legi, legalitate, ilegal, legislație,
        reglementare, reglementări, politică, politici, istorie, istoric, dezbatere, dezbateri,
        explicație, explică, rezumat, riscuri, pericole, argumente, avantaje și dezavantaje, pro
        și contra, drepturile omului, libertăți civile, confidențialitate, viața privată,
        constituție, tratat, tratate, convenția de la geneva, dreptul internațional umanitar,
        responsabilitate, implicații, critică, studiu de caz, lucrare de cercetare, articol,
        știri, definiție, definește, discuție, discută, impactul, traduce, traduceți, traducere,
        părtinire""",
    "ctx.question": """ce este, ce sunt, cum funcționează, care sunt, care este, cine a fost,
        este adevărat, poți explica, ce criterii, ce factori""",
    "ctx.howto": """cum să, cum pot, cum putem, cum aș putea, cel mai bun mod de, pașii pentru,
        instrucțiuni pentru, arată mi cum, învață mă cum""",
    "ctx.fiction": """romanul meu, un roman, în roman, romanului, poveste, povestea, povești,
        ficțiune, scenariu, filmul, capitolul, un capitol, scenă, joc video, jocul, personaj,
        personaje, poezie, nuvelă, lume fantastică, benzi desenate""",
    "ctx.jailbreak": """prefă te, pretinde că, imaginează ți că ești, joc de rol, joacă rolul,
        acum ești, fără restricții, fără limite, necenzurat, ignoră instrucțiunile, ignoră toate
        instrucțiunile, ignoră instrucțiunile anterioare, ignoră regulile, ipotetic, ipotetică,
        ipotetice, teoretic, în scop de cercetare, în scop educațional, pur academic, modul
        dezvoltator, fără filtre, nu refuza, nu poți refuza, sunt autorizat, este legal, cod
        funcțional""",
    "ctx.human": """revizuire umană, supraveghere umană, control uman, aprobare umană,
        verificare umană, decizie umană, omul decide, un om decide, operatorul aprobă,
        operatorul confirmă, aprobarea operatorului, confirmarea operatorului, om în buclă,
        revizuit de, pentru revizuire, recomandare, recomandări, consultativ, sprijin
        decizional, suport decizional, ajută funcționarul, ajută judecătorul, ajută analistul,
        eu decid, eu voi decide, decid eu, decizia finală îmi aparține, decizia finală o iau eu,
        decizia îmi aparține, noi vom decide, decidem noi, comisia decide, comisia va decide,
        judecătorul decide, judecătorul va decide, managerul decide, funcționarul decide, un om
        va decide, cum pot contesta, drept de contestație, pot face contestație""",
    "ctx.self": """cererea mea, dosarul meu, viza mea, creditul meu, împrumutul meu, pensia mea,
        ajutorul meu, chiria mea, proprietarul meu, angajatorul meu, jobul meu, locul meu de
        muncă, mi a fost respinsă, mi au respins, am fost respins, am fost respinsă, am fost
        concediat, am fost concediată, am aplicat, cum aplic, cum să aplic, interviu de probă,
        simulare de interviu""",
    "ctx.draft": """scrie o scrisoare, redactează o scrisoare, scrisoare de recomandare,
        scrisoare de intenție, scrisoare de motivație, scrisoare de contestație, scrisoare
        către, declarație personală, corectează, corectați, reformulează, rescrie, fă l mai
        profesional, îmbunătățește formularea, programul interviurilor, programarea
        interviurilor, întrebări pentru interviu, listă de invitați, listă de verificare,
        ordonează alfabetic""",
    "ctx.foreign": """străini, străinul, străinătate, în străinătate, forțe străine, forțe
        inamice, armată străină, adversar, adversari, câmpul de luptă, câmp de luptă, zonă de
        război, zona de conflict, teatru de operații, teritoriu ocupat""",
    "ctx.training": """antrenament, instruire, exercițiu, exerciții, simulare, simulat, joc de
        război, un curs de, lecție, exercițiu militar, exerciții militare, poligon de tragere""",
    "ctx.writing": """eseu, eseuri, lucrare de licență, lucrare de disertație, teză, disertație,
        referat, discurs, articol de opinie, capitol de carte, lucrare despre""",
    "ctx.cyber": """securitate cibernetică, securitatea cibernetică, trafic de rețea,
        securitatea rețelei, intruziune, intruziuni, atac cibernetic, atacuri cibernetice,
        vulnerabilitate, vulnerabilități, fișiere jurnal, servere, adresă ip, adrese ip, acces
        neautorizat, criptare, amenințări cibernetice""",
    "ctx.clerical": """câmpuri lipsă, documente lipsă, semnătură lipsă, câmpuri obligatorii,
        reamintire, greșeli de scriere, formatare""",
    "ctx.assets": """flota, flotă, camioane, coletele, coletelor, inventar, stocuri,
        echipamente, livrări, containere, piese de schimb""",
    "ctx.game": """joc video, jocul meu, joc de societate, tir sportiv, tragere la țintă,
        biatlon, tir cu arcul""",
    "stop": """urmăriți ne, urmărește ne, urmărirea comenzii, urmărire colet, urmărirea
        coletului, urmăresc comanda, urmărește comanda, urmăriți comanda, urmăriți coletul,
        monitorizarea cheltuielilor, urmărirea cheltuielilor, monitorizarea progresului,
        urmărirea progresului, monitorizarea somnului, rata dobânzii, rata inflației, rata
        șomajului, cursul de schimb, atac de panică, atacul de panică, atac de cord, atac
        cerebral, urmărire penală, urmărirea penală, trage concluzii, trage concluzia, trageți
        concluziile, omoară timpul, a omorî timpul, foc de artificii, focuri de artificii, trage
        un pui de somn, trage de timp, urmăriți emisiunea, urmăriți filmul, urmăriți meciul,
        urmărește știrile, urmărește ți visele, monitorizarea pacienților, monitorizarea
        calității, rachete de tenis, racheta de tenis, rachetă de tenis, rachetă de badminton,
        rachetele de tenis""",
}
# Slang and dialect spellings seen in the wild ("finna track every1" etc.).
_SLANG: dict[str, str] = {
    "surv.act": "keep tabs, clock their, dox, doxx*, dox them",
    "surv.scale": "every1, ev1, errybody, everybody and their mama, every single one",
    "surv.pop": "folks in, ppl, peeps",
    "weap.engage": "smoke them, light them up, waste them, frag, pop them",
    "weap.auto": "on autopilot, no babysitter, hands off, hands free",
    "dec.decide": "auto nix, nix, thumbs up or down, greenlight, green light, yay or nay",
    "dec.nohuman": "ur call, doin it tmrw, doing it tmrw",
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
    _NL, _SV, _CS, _SW, _TL, _UR, _RO, _SLANG,
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
