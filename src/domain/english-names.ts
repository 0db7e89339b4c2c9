/**
 * English names of the procedures citizens use most (issue 13, scope 4), keyed by procedure
 * code: our own translations, not the portal's (it publishes Vietnamese only), written from the
 * official Vietnamese name and checked against its field (lĩnh vực). An imported procedure takes
 * its English name from here when it has none of its own (portal-map.ts).
 *
 * Which procedures (415 codes): the seed's curated list of what people come to a one-stop
 * desk for (159, their English as the seed has it), and every national procedure of the real
 * catalogue (2026-07-18) that the portal lists for Vietnamese citizens ("Công dân Việt Nam")
 * and that a commune-level agency carries out (UBND cấp xã, Công an cấp xã…) (256 more): the
 * commune office is where most citizens meet the administration. Everything else keeps its
 * Vietnamese name, shown with "Vietnamese name only" in English mode.
 *
 * Conventions: the action first ("Registration of…", "Reissue of…"), British spelling, the
 * law's own terms (a martyr, a war invalid, "involving a foreign element" for "có yếu tố nước
 * ngoài"), decree numbers kept as the Vietnamese name has them.
 */
export const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  '1.000094': 'Marriage registration involving a foreign element in a border area',
  '1.000253': 'Temporary residence declaration for a foreigner in Vietnam by declaration form',
  '1.000656': 'Death registration',
  '1.000689': 'Birth registration combined with parent–child recognition',
  '1.000893':
    'Birth registration involving a foreign element, for a person who already has personal papers',
  '1.000894': 'Marriage registration',
  '1.000915': 'Recognition of a foreign university degree',
  '1.001022': 'Registration of parent–child recognition',
  '1.001193': 'Birth registration',
  '1.001266': 'Closing a household business',
  '1.001445': 'Reporting a lost ordinary passport (provincial police)',
  '1.001456': 'Ordinary passport issued in Vietnam (provincial police)',
  '1.001570': 'Suspending or resuming a household business',
  '1.001612': 'Household business registration',
  '1.001639': 'Dissolution of a primary school (at the request of its founder)',
  '1.001653': 'Exchange or reissue of a disability certificate',
  '1.001662': 'Registration of groundwater extraction',
  '1.001695':
    'Birth registration combined with recognition of a father, mother or child, involving a foreign element',
  '1.001699': 'Disability assessment and disability certificate',
  '1.001731': 'Funeral support for social assistance recipients',
  '1.001766': 'Death registration involving a foreign element',
  '1.001776': 'Monthly social assistance allowance',
  '1.001939': 'Enrolling in health insurance only (e.g. household policy)',
  '1.002051': 'Employer registration and changes for social, health and unemployment insurance',
  '1.002179': 'Voluntary social insurance enrolment and social insurance book',
  '1.002211': 'Recognition of a grassroots mediator (commune level)',
  '1.002755': 'Extension of temporary residence',
  '1.003133':
    'Border pass for the Vietnam–China border area, for Vietnamese citizens residing permanently in a commune on the Vietnam–China border',
  '1.003197': 'Removal of permanent residence registration',
  '1.003347':
    "Approval and publication of the operating procedure of an irrigation reservoir, within the commune People's Committee chair's authority",
  '1.003434': 'Support for a linkage project (commune level)',
  '1.003440':
    "Appraisal and approval of the emergency response plan, within the commune People's Committee's authority",
  '1.003446':
    "Appraisal and approval of the disaster response plan for a work and the downstream area of a dam during construction, within the commune People's Committee's authority",
  '1.003471':
    "Approval of the outline and results of a safety inspection of an irrigation dam or reservoir, within the commune People's Committee chair's authority",
  '1.003596': 'Approval of the local agricultural extension plan (commune level)',
  '1.003622': 'Notification of a commune-level festival',
  '1.003658': 'Re-announcement of the operation of an inland waterway wharf',
  '1.003677': 'Declaration of temporary absence',
  '1.003956':
    'Recognition of a community organisation and assignment of fisheries co-management rights to it',
  '1.004194': 'Temporary residence registration',
  '1.004222': 'Permanent residence registration',
  '1.004327':
    "Settlement of a denunciation, outside criminal proceedings, about the People's Public Security at commune level (by a serving police officer)",
  '1.004335':
    "Settlement of a complaint about an administrative decision or act of the People's Public Security at commune level (by a serving police officer)",
  '1.004478': 'Announcement of the opening of a class III fishing port',
  '1.004563': 'Merger, division or separation of primary schools',
  '1.004656':
    'Certification of origin of wild-caught aquatic species listed in the CITES Appendices or endangered, precious and rare aquatic species',
  '1.004680':
    'Certification of origin of farmed aquatic species listed in the CITES Appendices or endangered, precious and rare aquatic species',
  '1.004746': 'Re-registration of a marriage',
  '1.004772': 'Birth registration for a person who already has personal records',
  '1.004837': 'Guardianship registration',
  '1.004845': 'Registration of the end of a guardianship',
  '1.004859':
    'Change, correction or completion of civil-status records; redetermination of ethnicity',
  '1.004873': 'Certificate of marital status',
  '1.004884': 'Re-registration of a birth',
  '1.004889': 'Recognition of a foreign secondary school diploma',
  '1.004941':
    'Registration to provide alternative care for a child by a person or family who is not a relative of the child',
  '1.004944': 'Ending alternative care for a child',
  '1.004946':
    'Emergency intervention or temporary separation of a child from a harmful environment or person',
  '1.005040': 'Confirmation of an inland waterway report or supplementary report',
  '1.005095': 'Re-marking of a graduation exam paper',
  '1.005142': 'Registering for the national upper-secondary graduation exam',
  '1.005412': 'Approval of those eligible for agricultural insurance premium support',
  '1.005461': 'Re-registration of a death',
  '1.007277': 'Registration fee return (or exemption) for land and housing',
  '1.007919':
    "Appraisal of the design and cost estimate (or their adjustment) of a silvicultural work funded by public investment in a project decided by the commune People's Committee chair",
  '1.008004': 'Change of crops or livestock on rice land',
  '1.008498': 'First tax registration for individuals and dependants',
  '1.008501': 'Reissue of a tax registration certificate or tax code notice',
  '1.009447': 'Announcement of the closure of an inland port or wharf',
  '1.009452': 'Agreement on the technical parameters for building an inland waterway wharf',
  '1.009453':
    'Agreement on the technical parameters for building a river-crossing passenger wharf or an inland wharf serving the construction of a main work',
  '1.009454': 'Announcement of the operation of an inland waterway wharf',
  '1.009455':
    'Announcement of the operation of a river-crossing passenger wharf or an inland wharf serving the construction of a main work',
  '1.009492':
    'Appraisal of the feasibility study, approval or adjustment of a project under a BT contract without payment (provincial level)',
  '1.010028': 'Removal of temporary residence registration',
  '1.010038': 'Splitting a household',
  '1.010039': 'Correction of residence information in the residence database',
  '1.010040':
    'Residence declaration for people not yet eligible for permanent or temporary registration',
  '1.010041': 'Confirmation of residence information',
  '1.010047': 'Enrolment for automated border gates',
  '1.010055': 'Reporting the loss of a border pass (commune level)',
  '1.010091':
    'Medical treatment support and accident allowance for members of the commune disaster response force without health or social insurance',
  '1.010092':
    'Survivor and accident allowance (for work capacity loss of 5% or more) for members of the commune disaster response force without social insurance',
  '1.010101':
    'Retrieval of citizen information from the national population database (commune level)',
  '1.010384': 'Restoring the validity of an ordinary passport',
  '1.010386': 'Reporting a lost ordinary passport (commune police)',
  '1.010736': 'Consultation in an environmental impact assessment (commune level)',
  '1.010774':
    'Granting the "Fatherland\'s Gratitude" certificate for a fallen person whose relatives received preferential benefits on or before 31 December 1994',
  '1.010801': 'Preferential allowance for relatives of a martyr',
  '1.010824': 'Benefits for the family when a person with meritorious services dies',
  '1.010825': "Updating information on relatives in a martyr's file",
  '1.010827': 'Transferring a war-veteran benefit file after moving house',
  '1.010829':
    "Moving a martyr's remains buried in a martyrs' cemetery elsewhere, at the wish of the relatives' representative or the person receiving the worship allowance",
  '1.010830':
    "Moving a martyr's remains buried outside a martyrs' cemetery into a martyrs' cemetery, at the wish of the relatives' representative or the person receiving the worship allowance",
  '1.010833': 'Certificate confirming you are a relative of a person with meritorious services',
  '1.011022': 'Tax returns for household and individual businesses',
  '1.011410': 'Level 1 electronic identity account',
  '1.011471':
    "Approval of a plan to harvest timber and ordinary non-timber forest plants, within the commune People's Committee's authority",
  '1.011606':
    'Periodic annual recognition of poor and near-poor households, and of households that have escaped poverty or near-poverty',
  '1.011607': 'Regular annual recognition of poor and near-poor households',
  '1.011608': 'Regular annual recognition of households that have escaped poverty or near-poverty',
  '1.011609':
    'Recognition of farming, forestry, fishing and salt-making households with an average living standard',
  '1.011728': 'Reporting the loss of an APEC Business Travel Card (ABTC) (commune level)',
  '1.012222': 'Recognition of a person of prestige (in an ethnic minority community)',
  '1.012223': 'Removal, replacement or addition of persons of prestige on the list',
  '1.012422': 'Nomination for the titles "People\'s Physician" and "Excellent Physician"',
  '1.012531':
    'Credit support for planting large-timber forest, for household and individual forest owners',
  '1.012533': 'Selection of members of a security and order protection team',
  '1.012537':
    'Benefits for members of grassroots security and order forces without health insurance who fall ill, have an accident or are injured on duty',
  '1.012538':
    'Benefits for members of grassroots security and order forces without social insurance who have an accident or die on duty',
  '1.012563':
    'Retrieval of information on people of Vietnamese origin with undetermined nationality from the national population database (commune level)',
  '1.012564': 'Correction of your data in the National Population Database',
  '1.012566': 'Confirmation linking an old 9-digit ID number to your personal ID number',
  '1.012575': 'First registration of a domestically made vehicle, fully online',
  '1.012582':
    'Request to move the venue of concentrated religious activities to another commune (commune level)',
  '1.012584':
    'Request to change the venue of concentrated religious activities within one commune (commune level)',
  '1.012585':
    'Registration of a change of representative of a concentrated religious group (commune level)',
  '1.012590': 'Registration of concentrated religious activities (commune level)',
  '1.012591': 'Supplementary registration of belief activities (commune level)',
  '1.012592': 'Registration of belief activities (commune level)',
  '1.012680':
    'Vietnam–Laos border pass for Vietnamese citizens permanently residing in a province bordering Laos (commune level)',
  '1.012694': 'Change of forest use to another purpose, for individuals',
  '1.012783': 'Exchange of a land-use right certificate',
  '1.012784': 'Splitting or merging land plots',
  '1.012786': 'Reissue of a lost land-use right certificate',
  '1.012787': 'Certificate for buyers of homes or land in real-estate projects',
  '1.012790': 'Correction of an issued land certificate',
  '1.012812': 'Mediation of a land dispute',
  '1.012963': 'Establishment of, or permission to establish, a primary school',
  '1.012964':
    'Establishment of, or permission to establish, a lower secondary school or multi-level school whose highest level is lower secondary',
  '1.012967':
    'Merger, division or separation of lower secondary schools and multi-level schools whose highest level is lower secondary',
  '1.012968':
    'Dissolution of a lower secondary school or multi-level school whose highest level is lower secondary (at the request of its founder)',
  '1.012969': 'Establishment of, or permission to establish, a community learning centre',
  '1.012971': 'Establishment of, or permission to establish, an independent preschool',
  '1.012973': 'Merger, division or separation of independent preschools',
  '1.012974': 'Dissolution of an independent preschool (at the request of its founder)',
  '1.012975':
    'Permission for another educational institution to teach the primary school curriculum',
  '1.012994': 'Deduction of compensation, support and resettlement costs',
  '1.013065': 'Surrendering a vehicle registration and plate, fully online',
  '1.013066':
    'First registration of an imported vehicle, fully online (provincial or commune level)',
  '1.013067': 'First vehicle registration and number plate (partly online or in person)',
  '1.013076': 'Transfer of vehicle registration to a new owner',
  '1.013079': 'Exchange of a vehicle registration certificate or plate',
  '1.013080': 'Reissue of a lost vehicle registration certificate or plate, fully online',
  '1.013082':
    'Reissue of a vehicle registration certificate or number plate, partly online or in person (central, provincial or commune level)',
  '1.013083': 'Temporary vehicle registration, fully online',
  '1.013086':
    'Temporary vehicle registration, partly online or in person (central, provincial or commune level)',
  '1.013123':
    'Revocation of a vehicle registration certificate and number plate, partly online or in person (central, provincial or commune level)',
  '1.013128':
    'Appraisal and approval of the oil spill response plan of a fuel retail station on land, river or sea, or of a facility or project in the commune at risk of a small oil spill (storage under 50 m3)',
  '1.013133': 'First military service registration',
  '1.013134':
    'Military service registration on departure after a change of residence, workplace or place of study',
  '1.013135': 'Registration for service in the reserve',
  '1.013136': 'Supplementary military service registration',
  '1.013137':
    'Military service registration on arrival after a change of residence, workplace or place of study',
  '1.013138': 'Registration of temporary absence for military service',
  '1.013139': 'Registration for exemption from military service in wartime',
  '1.013140':
    'Retirement benefits for soldiers of the resistance war against the US (up to 30 April 1975) with 20 or more years of army service, discharged',
  '1.013141':
    'One-off allowance for relatives of a deceased soldier of the resistance war against the US (up to 30 April 1975) with 20 or more years of army service, discharged',
  '1.013142':
    'Retirement benefits for soldiers and cipher staff enlisted after 30 April 1975 who served in the war to defend the Fatherland or on international duty with 20 or more years of service, discharged',
  '1.013143':
    'One-off allowance for soldiers, cipher staff and police enlisted after 30 April 1975 who served in the war to defend the Fatherland or on international duty with 20 or more years of service, discharged (deceased)',
  '1.013144':
    'One-off allowance for soldiers and defence workers who fought in the resistance war against the US and have not received Party and State benefits',
  '1.013145':
    'One-off allowance for soldiers and defence workers who fought in the resistance war against the US and have not received Party and State benefits (living in another locality, papers no longer kept)',
  '1.013146':
    'One-off allowance for army NCOs and soldiers who fought on the B, C and K battlefields and later became salaried staff',
  '1.013147':
    'One-off allowance for concentrated militia in the North and concentrated guerrillas in the South (including secret defence forces)',
  '1.013148':
    'One-off allowance for concentrated militia in the North and concentrated guerrillas in the South (including secret defence forces), living in another locality, papers no longer kept',
  '1.013149':
    'One-off allowance for army NCOs and soldiers under Decision 188/2007/QĐ-TTg (first application)',
  '1.013150':
    'One-off allowance for army NCOs and soldiers who received the one-off allowance under Decision 290/2005/QĐ-TTg (added under Decision 188/2007/QĐ-TTg)',
  '1.013151':
    'One-off allowance for army NCOs and soldiers under Decision 188/2007/QĐ-TTg (living in another locality, papers no longer kept)',
  '1.013152':
    'One-off allowance for village guerrillas in the South who fought in the resistance war against the US, under Decision 188/2007/QĐ-TTg',
  '1.013155':
    'One-off allowance for village guerrillas in the South who fought in the resistance war against the US, under Decision 188/2007/QĐ-TTg (living in another locality)',
  '1.013157':
    'Monthly allowance for soldiers of the resistance war against the US with 15 to under 20 years of army service, discharged to their locality',
  '1.013159':
    'One-off allowance for soldiers of the resistance war against the US with under 15 years of army service, discharged to their locality (including the deceased)',
  '1.013160':
    'One-off allowance for soldiers of the resistance war against the US with under 15 years of army service, discharged to their locality (living in another locality, papers no longer kept)',
  '1.013161':
    'Monthly allowance for soldiers and cipher staff enlisted after 30 April 1975 who served in the war to defend the Fatherland or on international duty, with 15 to under 20 years of actual army service, discharged',
  '1.013163':
    'One-off allowance for soldiers, cipher staff, police, defence workers and militia who served in the war to defend the Fatherland or on international duty after 30 April 1975 and were discharged (deceased), decided by the Ministry of National Defence',
  '1.013170':
    'One-off allowance and certificate for front-line civilian labourers in the resistance wars against France and the US, the war to defend the Fatherland and international duty',
  '1.013181':
    'Receiving and completing files and issuing the death certificate to recognise a martyr among soldiers, defence workers and cipher staff killed or missing in war',
  '1.013182':
    'Receiving files and issuing the injury certificate to recognise a war invalid (or person treated as one) among soldiers, defence workers and cipher staff injured in war who have since moved on',
  '1.013196':
    'Confirmation for a discharged soldier whose old illness recurs as a mental illness, under Article 33(1)(h) of Decree 31/2013/NĐ-CP',
  '1.013225': 'Building permit for a new house or grade III–IV works',
  '1.013226': 'Amendment of a building permit for a house or grade III–IV works',
  '1.013227': 'Extension of a building permit for a house or grade III–IV works',
  '1.013228': 'Reissue of a building permit for a house or grade III–IV works',
  '1.013229': 'Building permit for repairing or renovating a house or grade III–IV works',
  '1.013232': 'Permit to relocate a house or grade III–IV works',
  '1.013237': 'New professional certificate for construction work',
  '1.013274': 'Permit for temporary use of the roadway or pavement for other purposes',
  '1.013313':
    'Confirmation of the place where a vessel or vehicle used as a home is regularly parked or moored',
  '1.013314':
    'Confirmation of the average floor area condition for permanent residence in rented, borrowed or shared housing, and that the housing and land are undisputed and not in a place closed to new permanent residence',
  '1.013442':
    'Declaration of rudimentary weapons kept as exhibits, for display or as family heirlooms',
  '1.013455':
    'One-off allowance for soldiers, cipher staff, police, defence workers and militia who served in the war to defend the Fatherland or on international duty after 30 April 1975 with under 15 years of service and were discharged (living), decided by the Ministry of National Defence',
  '1.013513':
    'Payment of medical costs for a militia or self-defence member without health insurance who falls ill, has an accident or is injured',
  '1.013514':
    'Allowance for a militia or self-defence member without social insurance who has an accident or dies',
  '1.013515':
    'Establishment or dissolution of a militia unit or a commune or agency military command; appointment or dismissal of militia commanders',
  '1.013521': 'Settlement of a denunciation at regiment, brigade, border post or equivalent level',
  '1.013702': 'Recognition of a campaign committee to found an association',
  '1.013723': 'State quality inspection of imported group 2 products and goods',
  '1.013734': 'Registration of a directly concluded contract for working abroad',
  '1.013743':
    'Benefits for soldiers and officials who went to the B, C and K battlefields during the resistance war against the US with no relatives to support, and for those the Party assigned to stay in the South after the 1954 Geneva Accords (armed forces officers: police and army)',
  '1.013744':
    'Benefits for soldiers and officials who went to the B, C and K battlefields during the resistance war against the US with no relatives to support, and for those the Party assigned to stay in the South after the 1954 Geneva Accords (officials managed by the Central Committee)',
  '1.013745':
    'Confirmation and granting of preferential benefits for people with meritorious services to the revolution and their relatives',
  '1.013749':
    'Benefits for soldiers and officials who went to the B, C and K battlefields during the resistance war against the US with no relatives to support, and for those the Party assigned to stay in the South after the 1954 Geneva Accords (civilian, government and Party officials)',
  '1.013750': "Support for visiting a martyr's grave",
  '1.013791': 'Registration of a commune-level festival',
  '1.013792': 'Certificate of eligibility to operate a public video game point',
  '1.013793': 'Amendment of the certificate of eligibility to operate a public video game point',
  '1.013794': 'Extension of the certificate of eligibility to operate a public video game point',
  '1.013831': 'Registering a transfer, inheritance or gift of land-use rights',
  '1.013833': 'Registering a change of owner details, plot address or restrictions on land',
  '1.013855':
    'Food safety certificate for catering businesses and food producers under the Ministry of Health',
  '1.013947': 'Confirmation of continued use of agricultural land',
  '1.013949':
    'Land allocation, lease or change of land use for households and individuals (commune level)',
  '1.013950': 'Change of the form of land allocation or land lease',
  '1.013952':
    'Adjustment of a decision on land allocation, land lease or change of land use purpose when its basis changes; adjustment of the land use term of an investment project',
  '1.013967': 'Land dispute resolution by the commune chairperson',
  '1.013978':
    'First-time land registration and land-use right certificate for households and individuals',
  '1.013988': 'Clearing a recorded land-use levy or registration-fee debt from a certificate',
  '1.013992': 'Registering a change of land use that needs no permission',
  '1.013995': 'Registering a house or building on land that already has a certificate',
  '1.013997':
    'Support for production facilities harmed by animal disease (outside the armed forces)',
  '1.014027': 'Social pension for older people without a pension',
  '1.014028': 'Funeral cost support for recipients of the social pension allowance',
  '1.014034':
    'Registration of updated or supplementary information in a household business registration file; correction of household business registration information',
  '1.014035': 'Stopping a household business registration',
  '1.014056': 'Retrieval of citizen information from the identity database',
  '1.014057':
    'Retrieval of information on people of Vietnamese origin with undetermined nationality from the identity database',
  '1.014058': 'Collecting and updating DNA biometric data in the identity database',
  '1.014059': 'Collecting and updating voice biometric data in the identity database',
  '1.014060': 'Adding or updating information integrated into the identity card',
  '1.014061': 'Identity card for people aged 14 and over',
  '1.014062': 'Identity card for children under 14',
  '1.014063': 'Renewal or replacement of an identity card',
  '1.014064': 'Reissue of a lost identity card',
  '1.014065':
    'Collecting and updating information on people of Vietnamese origin with undetermined nationality in the national population and identity databases, and issuing their identity certificate (commune level)',
  '1.014137': 'Health insurance card issue, reissue or exchange',
  '1.014140': 'Direct reimbursement of medical costs under health insurance',
  '1.014149': 'Conferral of the State honorary title "Heroic Vietnamese Mother"',
  '1.014150': 'Posthumous conferral of the State honorary title "Heroic Vietnamese Mother"',
  '1.014159': 'Provision of urban and rural planning information',
  '1.014160': 'Enrolling in social insurance and getting a social insurance book',
  '1.014163': 'Sickness benefit',
  '1.014166': 'Maternity benefit for women giving birth',
  '1.014168': 'Paternity benefit when the wife gives birth',
  '1.014170': 'Maternity allowance for voluntary social insurance members',
  '1.014171': 'Retirement pension (compulsory social insurance)',
  '1.014172': 'Retirement pension (voluntary social insurance)',
  '1.014173': 'One-off social insurance payment',
  '1.014176': 'Changing how or where you receive your pension',
  '1.014177': 'Funeral allowance',
  '1.014178': "Monthly survivor's allowance",
  '1.014179': "One-off survivor's allowance",
  '1.014193': 'Medical treatment using health insurance',
  '1.014196': 'Confirmation that a foreign employee is exempt from a work permit',
  '1.014199': 'Work permit for a foreign employee',
  '1.014200': "Reissue of a foreign employee's work permit",
  '1.014201': "Extension of a foreign employee's work permit",
  '1.014258': 'Confirmation of registration to recover minerals (commune level)',
  '1.014259': 'Final settlement of the mineral extraction rights fee (commune level)',
  '1.014284':
    'Allocation or lease of land, or allocation of a sea area, for land reclamation from the sea',
  '1.014310': "Monthly living allowance for People's Artisans and Excellent Artisans",
  '1.014312':
    "Ending the monthly living allowance and health insurance for People's Artisans and Excellent Artisans",
  '1.014331': 'Certificate of live birth from the hospital',
  '1.014333': 'Tuition fee exemption or reduction at public colleges and universities',
  '1.014335':
    'Request for tuition exemption or reduction at private vocational schools and universities, and at those of state-owned enterprises and economic organisations',
  '1.014336': 'Study-cost support for pupils in public schools',
  '1.014337':
    'Request for support with study costs at private preschools, primary and lower secondary schools and continuing education centres, and at preschools and schools within universities, colleges and research institutes',
  '1.014359':
    'Funeral allowance for front-line civilian labourers in the resistance wars against France and the US, the war to defend the Fatherland and international duty',
  '1.014363': "Confirmation of a citizen's entry and exit records",
  '1.014632': 'Application to buy, rent-to-buy or rent social housing, or borrow to build a home',
  '1.014737': 'Selection and approval of a community production development project',
  '1.014746': 'Free job counselling and placement',
  '1.014748': 'Unemployment benefit',
  '1.014749': 'Monthly job-search report while on unemployment benefit',
  '1.014750': 'Pausing unemployment benefit',
  '1.014751': 'Resuming unemployment benefit',
  '1.014753': 'Moving your unemployment benefit to another province',
  '1.014801':
    "Issue or reissue of the certificate for cage or raft aquaculture and for main farmed aquatic species (inland, or in sea areas allocated by the commune People's Committee chair)",
  '1.014832':
    "Allocation or lease of forest where forest land has been allocated or leased or land use rights with forest recognised, within the commune People's Committee chair's authority",
  '1.014848': 'Approval of the protection plan of an irrigation work (delegated to the commune)',
  '1.014849':
    'Permit within the protection zone of an irrigation work: new construction; wharves or yards for materials, fuel and vehicles; underground works (delegated to the commune)',
  '1.014850':
    'Permit for tourism, sports, scientific research, business or services within the protection zone of an irrigation work (delegated to the commune)',
  '1.014851':
    'Extension or amendment of a permit within the protection zone of an irrigation work: new construction; wharves or yards for materials, fuel and vehicles; underground works (delegated to the commune)',
  '1.014852':
    'Permit for blasting and other explosive activities within the protection zone of an irrigation work (delegated to the commune)',
  '1.014853':
    'Extension or amendment of a permit within the protection zone of an irrigation work: aquaculture; blasting and other explosive activities (delegated to the commune)',
  '1.014859':
    'Permit for inland waterway and motorised vehicles, other than motorbikes, mopeds and non-motorised boats, within the protection zone of an irrigation work (delegated to the commune)',
  '1.014860':
    'Permit for growing perennial crops within the protection zone of an irrigation work (delegated to the commune)',
  '1.014862':
    'Permit for aquaculture within the protection zone of an irrigation work (delegated to the commune)',
  '1.014863':
    'Extension or amendment of a permit within the protection zone of an irrigation work for tourism, sports, scientific research, business or services (delegated to the commune)',
  '1.014864':
    'Extension or amendment of a permit within the protection zone of an irrigation work: perennial crops; inland waterway and motorised vehicles other than motorbikes, mopeds and non-motorised boats (delegated to the commune)',
  '1.014942': 'Licence to establish a fund and recognition of its charter (commune level)',
  '1.014943':
    'Recognition of a fund as qualified to operate and of its management board, including when members change or a term ends (commune level)',
  '1.014944': 'Recognition of an amended fund charter; renaming a fund (commune level)',
  '1.014945':
    'Permission for a fund to resume operation after a temporary suspension (commune level)',
  '1.014946': 'Consolidation, merger, division or separation of a fund (commune level)',
  '1.014947': 'Voluntary dissolution of a fund (commune level)',
  '1.014997':
    'Policy scholarships for students of private vocational schools who are war invalids or people with disabilities',
  '1.015027':
    "Allowance for People's Public Security members (or their relatives) who fought on the south-western or northern border, against FULRO in the Central Highlands, or on international duty in Cambodia or Laos after 30 April 1975, with 20 or more years of service, discharged or left service before 1 April 2000 (provincial level)",
  '1.115148':
    'Calculation or recalculation of land use fees under points a, b, c and d of Article 12(2) of Decree 50/2026/NĐ-CP',
  '1.115231': 'Registration of a new seal specimen',
  '1.115232': 'Re-registration of a seal specimen',
  '1.115303': 'Labour registration for workers covered by compulsory social insurance',
  '1.115377':
    'Notification of rooftop solar power for own use connected to the national grid at low voltage',
  '1.115394':
    'Benefits for a person mobilised for or taking part in firefighting, rescue or relief who had no health or social insurance and was injured in an accident',
  '1.115395':
    'Benefits for a person mobilised for or taking part in firefighting, rescue or relief who had no social insurance and died',
  '1.115406':
    "Allowance for People's Public Security members (or their relatives) who served in the war to defend the Fatherland or on international duty in Cambodia or Laos after 30 April 1975 and were demobilised, discharged or left service, under Decision 62/2011/QĐ-TTg (as guided by Circular 132/2025/TT-BCA)",
  '2.000206':
    "Appraisal and approval of the disaster response plan for a work in the downstream area of a hydropower dam, within the commune People's Committee's authority",
  '2.000282': 'Admission of a person in need of urgent protection to a social assistance facility',
  '2.000286':
    'Admission of a social protection beneficiary in especially difficult circumstances to a social assistance facility',
  '2.000424':
    'Support for a mediator who suffers an accident or harm to health or life while mediating',
  '2.000497': 'Re-registration of a death involving a foreign element',
  '2.000513': 'Re-registration of a marriage involving a foreign element',
  '2.000522': 'Re-registration of a birth involving a foreign element',
  '2.000528': 'Birth registration involving a foreign element',
  '2.000547':
    'Recording in the civil status register other civil status events of a Vietnamese citizen settled by a competent foreign authority (birth, guardianship, recognition or determination of parentage, adoption, death, civil status change)',
  '2.000554': 'Recording in the civil-status register a divorce or annulment decided abroad',
  '2.000575': 'Reissue or exchange of a household business certificate',
  '2.000635': 'Copy of a civil-status extract or birth certificate',
  '2.000720': 'Change of household business registration details',
  '2.000748':
    'Change, correction or supplement of civil status information, or re-determination of ethnicity, involving a foreign element',
  '2.000756': 'Registration of the end of a guardianship involving a foreign element',
  '2.000779':
    'Registration of recognition of a father, mother or child involving a foreign element',
  '2.000794': 'Recognition of a grassroots sports club',
  '2.000806': 'Marriage registration involving a foreign element',
  '2.000815': 'Certified copy of an original document',
  '2.000884': 'Certification of a signature',
  '2.000908': 'Copy from the master register',
  '2.000913': 'Certification of the amendment, supplement or cancellation of a transaction',
  '2.000927': 'Correction of errors in a transaction',
  '2.000930': 'Resignation as a grassroots mediator (commune level)',
  '2.000942': 'Certified copy from the original of a transaction that has been certified',
  '2.000950': 'Recognition of the head of a mediation team (commune level)',
  '2.000986':
    'Joined-up birth registration, permanent residence registration and health insurance card for a child under 6',
  '2.000992':
    "Certification of a translator's signature, the translator being a registered translation collaborator of the commune People's Committee or a notary office",
  '2.001008':
    "Certification of a translator's signature, the translator not being a registered translation collaborator of the commune People's Committee or a notary office",
  '2.001016': 'Certification of a refusal of inheritance',
  '2.001019': 'Certification of a will',
  '2.001023': 'Joined-up birth registration and health insurance card for a child under 6',
  '2.001035': 'Certification of a contract about movable property, land-use rights or housing',
  '2.001159': "Notification of a guest's stay",
  '2.001199': 'Registration of a multi-member limited liability company',
  '2.001211': 'Deregistration of a water recreation vehicle',
  '2.001212': 'Reissue of the registration certificate of a water recreation vehicle',
  '2.001214': 'Re-registration of a water recreation vehicle',
  '2.001215': 'First registration of a water recreation vehicle',
  '2.001217':
    'Closing a marked water area outside inland waterways, seaport waters and maritime zones to activity',
  '2.001218':
    'Opening a marked water area outside inland waterways, seaport waters and maritime zones for activity',
  '2.001406': 'Certification of an estate division agreement',
  '2.001583': 'Registration of a single-member limited liability company',
  '2.001610': 'Registration of a sole proprietorship',
  '2.001621':
    "Investment support for small-scale and on-farm irrigation and advanced, water-saving irrigation (local funds allocated to the commune People's Committee)",
  '2.001627':
    "Appraisal of the operating procedure of a large or medium irrigation work delegated to the commune People's Committee chair for approval",
  '2.001661':
    'Support for schooling, vocational training and an initial hardship allowance for victims of human trafficking',
  '2.001921':
    'Approval of the location, size and installation plan of billboards and information or political signs; approval of infrastructure works within road protection zones; approval of road reinforcement for oversize, overweight or tracked vehicles',
  '2.001942':
    'Transfer of a child in alternative care at a social assistance facility to an individual or family providing alternative care',
  '2.001944': 'Notification of alternative care for a child by a relative of the child',
  '2.001947':
    'Approval of a support and intervention plan for a child who has been abused or is at risk of violence, exploitation or abandonment, or is in special circumstances',
  '2.001960':
    'Boarding allowance for students of college and intermediate programmes at private or foreign-invested vocational schools',
  '2.002018': 'Reissue of a lost or damaged company registration certificate',
  '2.002023': 'Dissolution of a company',
  '2.002029': 'Notice of suspending or resuming business (companies and branches)',
  '2.002041': 'Change of company address, name, business lines or tax details',
  '2.002043': 'Registration of a joint-stock company',
  '2.002080': 'Payment of remuneration to a grassroots mediator',
  '2.002165':
    'Settlement of a compensation claim at the agency directly managing the official who caused the damage (commune level)',
  '2.002189': 'Recording in the civil-status register a marriage registered abroad',
  '2.002233': 'Personal income tax finalisation and refund for salaried individuals',
  '2.002308': 'Funeral allowance for youth volunteers of the resistance war against France',
  '2.002349':
    'Certificate that a Vietnamese citizen residing in a border area is eligible to adopt a child of a neighbouring country residing in the border area',
  '2.002363':
    'Recording in the adoption register an adoption settled by a competent foreign authority',
  '2.002516': 'Confirmation of civil-status information',
  '2.002603':
    'Publication of an investment project (including projects using land) not subject to approval of investment policy, proposed by the investor (provincial level)',
  '2.002635':
    'Request to change the name of a cooperative group, cooperative, union of cooperatives or their branch, representative office or business location for infringing industrial property rights',
  '2.002636':
    'Request to revoke the registration certificate of a cooperative group, cooperative, branch or representative office where the registration declarations were forged',
  '2.002638':
    'Reissue of the registration certificate of a cooperative group, cooperative, or of a branch, representative office or business location of a cooperative or union of cooperatives, lost, burnt, torn or destroyed',
  '2.002641':
    'Notification of temporary suspension or resumption of business by a cooperative group, cooperative, union of cooperatives or their branch, representative office or business location',
  '2.002643':
    'Stopping a registration of a cooperative group, cooperative or union of cooperatives; stopping the dissolution of a cooperative or union of cooperatives',
  '2.002648':
    'Correction, update or supplement of the registration of a cooperative, union of cooperatives, or their branch, representative office or business location',
  '2.002649':
    'Notification of supplementary or updated information in the registration file of a cooperative or union of cooperatives',
  '2.002668':
    'Registration of support needs of a cooperative group, cooperative or union of cooperatives',
  '2.002755':
    "One-off allowance for state employees, experts, commune officials, commune police and youth volunteers who served in the war to defend the Fatherland or on international duty after 30 April 1975 and have left work (living), decided by the provincial People's Committee chair",
  '2.002757':
    "One-off allowance for state employees, experts, commune officials, commune police and youth volunteers who served in the war to defend the Fatherland or on international duty after 30 April 1975 and have left work (deceased), decided by the provincial People's Committee chair",
  '2.002761': 'Confirmation that a retired army officer has a serious illness',
  '2.002821': 'Vocational training support for rural workers and young workers',
  '2.002854': 'School transfer for primary and secondary pupils',
  '3.000228': 'Level 2 electronic identity account and e-ID',
  '3.000243': 'New certificate of eligibility for security and order (commune level)',
  '3.000244':
    'Replacement of the certificate of eligibility for security and order (commune police)',
  '3.000285': 'Locking an electronic ID',
  '3.000286': 'Unlocking an electronic ID',
  '3.000307': 'Merger, division or separation of community learning centres',
  '3.000308': 'Dissolution of a community learning centre (at the request of its founder)',
  '3.000322': 'Registration of the end of guardianship supervision',
  '3.000323': 'Registration of guardianship supervision',
  '3.000333': 'Criminal record certificate',
  '3.000346': 'Driving licence after passing the driving test',
  '3.000347': 'Exchange or renewal of a driving licence',
  '3.000348': 'Reissue of a lost driving licence',
  '3.000349': 'Exchange of a military driving licence issued by the Ministry of National Defence',
  '3.000350': "Exchange of a People's Public Security driving licence",
  '3.000351': 'Exchange of a foreign driving licence',
  '3.000353': 'International driving permit',
  '3.000412': 'Recognition as a low-income worker',
  '3.000422': 'Admission to full-time military university and college training',
  '3.000442':
    'Amendment of a decision allocating a sea area to a Vietnamese individual for aquaculture',
  '3.000465': 'Copy of a diploma or certificate from the master register',
  '3.000466': 'Correction of a diploma or certificate',
  '3.000494':
    'Restoring the operation of a facility, motor vehicle, household or individual (after a fire safety suspension)',
  '3.000498': 'Electronic identification account for an agency or organisation',
  '3.000502':
    'Appraisal, approval or adjustment of a plan to grow and harvest medicinal plants in a forest, for forest owners who are households, individuals or communities',
  '3.000509':
    'Benefits for a person mobilised for or taking part in firefighting, rescue or relief who had no health or social insurance and was injured in an accident',
  '3.000510':
    'Benefits for a person mobilised for or taking part in firefighting, rescue or relief who had no social insurance and died',
  '3.000527': 'Registration for voluntary drug rehabilitation',
  '3.000569': 'Confirmation of registration of printing activities (commune level)',
  '3.000570': 'Confirmation of changes to the registration of printing activities (commune level)',
  '3.000576': 'Declaration of publication distribution activities',
};

/** The procedure's English name: its own, else ours, else none (show the Vietnamese). */
export function englishNameOf(code: string, own?: string): string | undefined {
  return own ?? (Object.hasOwn(ENGLISH_NAMES, code) ? ENGLISH_NAMES[code] : undefined);
}
