// Demonstration professionals and experts of the Auvergne-Rhône-Alpes directory (fictitious people and RPPS numbers).
import type { ExpertTool, PatientIdentityPolicy, Profession } from '../src/generated/prisma/enums.ts';

export interface DemoProfessional {
  rpps: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  specialty?: string;
  city: string;
  postalCode: string;
  secureEmail?: string;
  expert?: {
    listed: boolean;
    activityDescription: string;
    limitations?: string;
    prerequisites?: string;
    tool?: ExpertTool;
    externalUrl?: string;
    patientIdentityPolicy?: PatientIdentityPolicy;
  };
}

/** The requester whose token `npm start` prints. */
export const DEMO_REQUESTER_RPPS = '10000000001';
/** The expert whose token `npm start` prints. */
export const DEMO_EXPERT_RPPS = '10000000101';

export const demoProfessionals: DemoProfessional[] = [
  // Requesters and other professionals.
  {
    rpps: DEMO_REQUESTER_RPPS,
    firstName: 'Claire',
    lastName: 'Martin',
    profession: 'PHYSICIAN',
    specialty: 'Médecine générale',
    city: 'Villeurbanne',
    postalCode: '69100',
    secureEmail: 'claire.martin@medecin.mssante.fr',
  },
  {
    rpps: '10000000002',
    firstName: 'Julien',
    lastName: 'Bernard',
    profession: 'PHYSICIAN',
    specialty: 'Médecine générale',
    city: 'Vienne',
    postalCode: '38200',
    secureEmail: 'julien.bernard@medecin.mssante.fr',
  },
  {
    rpps: '10000000003',
    firstName: 'Sophie',
    lastName: 'Dubois',
    profession: 'PHYSICIAN',
    specialty: 'Médecine générale',
    city: 'Roanne',
    postalCode: '42300',
  },
  {
    rpps: '10000000004',
    firstName: 'Thomas',
    lastName: 'Thomas',
    profession: 'PHYSICIAN',
    specialty: 'Médecine générale',
    city: 'Aurillac',
    postalCode: '15000',
  },
  {
    rpps: '10000000005',
    firstName: 'Émilie',
    lastName: 'Robert',
    profession: 'MIDWIFE',
    city: 'Bourg-en-Bresse',
    postalCode: '01000',
  },
  {
    rpps: '10000000006',
    firstName: 'Nicolas',
    lastName: 'Richard',
    profession: 'NURSE',
    city: 'Annonay',
    postalCode: '07100',
  },
  {
    rpps: '10000000007',
    firstName: 'Camille',
    lastName: 'Petit',
    profession: 'NURSE',
    city: 'Montélimar',
    postalCode: '26200',
  },
  {
    rpps: '10000000008',
    firstName: 'Lucas',
    lastName: 'Durand',
    profession: 'PHYSIOTHERAPIST',
    city: 'Lyon',
    postalCode: '69007',
  },
  {
    rpps: '10000000009',
    firstName: 'Léa',
    lastName: 'Leroy',
    profession: 'PODIATRIST',
    city: 'Villefranche-sur-Saône',
    postalCode: '69400',
  },
  {
    rpps: '10000000010',
    firstName: 'Hugo',
    lastName: 'Moreau',
    profession: 'SPEECH_THERAPIST',
    city: 'Chambéry',
    postalCode: '73000',
  },
  {
    rpps: '10000000011',
    firstName: 'Manon',
    lastName: 'Simon',
    profession: 'ORTHOPTIST',
    city: 'Annecy',
    postalCode: '74000',
  },
  {
    rpps: '10000000012',
    firstName: 'Louis',
    lastName: 'Laurent',
    profession: 'PHARMACIST',
    city: 'Vichy',
    postalCode: '03200',
  },
  {
    rpps: '10000000013',
    firstName: 'Chloé',
    lastName: 'Lefebvre',
    profession: 'DENTIST',
    city: 'Le Puy-en-Velay',
    postalCode: '43000',
  },
  {
    rpps: '10000000014',
    firstName: 'Gabriel',
    lastName: 'Michel',
    profession: 'PHYSICIAN',
    specialty: 'Médecine générale',
    city: 'Oyonnax',
    postalCode: '01100',
  },
  {
    rpps: '10000000015',
    firstName: 'Inès',
    lastName: 'Garcia',
    profession: 'NURSE',
    city: 'Privas',
    postalCode: '07000',
  },
  {
    rpps: '10000000016',
    firstName: 'Arthur',
    lastName: 'David',
    profession: 'PHYSICIAN',
    specialty: 'Médecine générale',
    city: 'Thonon-les-Bains',
    postalCode: '74200',
  },
  {
    rpps: '10000000017',
    firstName: 'Jade',
    lastName: 'Bertrand',
    profession: 'MIDWIFE',
    city: 'Valence',
    postalCode: '26000',
  },
  {
    rpps: '10000000018',
    firstName: 'Raphaël',
    lastName: 'Roux',
    profession: 'PHYSIOTHERAPIST',
    city: 'Grenoble',
    postalCode: '38000',
  },
  {
    rpps: '10000000019',
    firstName: 'Louise',
    lastName: 'Vincent',
    profession: 'PHARMACIST',
    city: 'Moulins',
    postalCode: '03000',
  },
  {
    rpps: '10000000020',
    firstName: 'Maël',
    lastName: 'Fournier',
    profession: 'OTHER',
    city: 'Issoire',
    postalCode: '63500',
  },

  // Experts of the directory.
  {
    rpps: DEMO_EXPERT_RPPS,
    firstName: 'Hélène',
    lastName: 'Rousseau',
    profession: 'PHYSICIAN',
    specialty: 'Dermatologie',
    city: 'Lyon',
    postalCode: '69003',
    secureEmail: 'helene.rousseau@hcl.mssante.fr',
    expert: {
      listed: true,
      activityDescription:
        'Tout avis en dermatologie : lésions pigmentées, dermatoses inflammatoires, plaies chroniques.',
      limitations: "Pas d'avis en urgence. Territoire : Rhône et départements limitrophes.",
      prerequisites:
        'Photo de la zone problématique, nette et avec un repère de taille ; antécédents et traitements en cours.',
      patientIdentityPolicy: 'OPTIONAL',
    },
  },
  {
    rpps: '10000000102',
    firstName: 'François',
    lastName: 'Girard',
    profession: 'PHYSICIAN',
    specialty: 'Cardiologie',
    city: 'Grenoble',
    postalCode: '38000',
    expert: {
      listed: true,
      activityDescription: "Lecture d'ECG, avis sur insuffisance cardiaque et troubles du rythme.",
      prerequisites: 'Tracé ECG en PDF, traitement en cours, dernière créatininémie.',
    },
  },
  {
    rpps: '10000000103',
    firstName: 'Nathalie',
    lastName: 'Bonnet',
    profession: 'PHYSICIAN',
    specialty: 'Endocrinologie',
    city: 'Saint-Étienne',
    postalCode: '42000',
    expert: {
      listed: true,
      activityDescription: 'Diabète, thyroïde, adaptation des traitements.',
      prerequisites: 'HbA1c récente, TSH, liste des traitements.',
    },
  },
  {
    rpps: '10000000104',
    firstName: 'Olivier',
    lastName: 'Dupont',
    profession: 'PHYSICIAN',
    specialty: 'Pneumologie',
    city: 'Clermont-Ferrand',
    postalCode: '63000',
    expert: {
      listed: true,
      activityDescription: 'Avis sur EFR, nodules pulmonaires, BPCO.',
      prerequisites: 'Compte-rendu d’EFR ou de scanner thoracique.',
    },
  },
  {
    rpps: '10000000105',
    firstName: 'Isabelle',
    lastName: 'Lambert',
    profession: 'PHYSICIAN',
    specialty: 'Néphrologie',
    city: 'Lyon',
    postalCode: '69008',
    expert: {
      listed: true,
      activityDescription: 'Maladie rénale chronique, adaptation des posologies.',
      prerequisites: 'Créatininémie et DFG des 12 derniers mois.',
    },
  },
  {
    rpps: '10000000106',
    firstName: 'Pierre',
    lastName: 'Fontaine',
    profession: 'PHYSICIAN',
    specialty: 'Rhumatologie',
    city: 'Annecy',
    postalCode: '74000',
    expert: {
      listed: true,
      activityDescription: 'Rhumatismes inflammatoires, ostéoporose, lecture de radiographies ostéo-articulaires.',
    },
  },
  {
    rpps: '10000000107',
    firstName: 'Anne',
    lastName: 'Chevalier',
    profession: 'PHYSICIAN',
    specialty: 'Gériatrie',
    city: 'Chambéry',
    postalCode: '73000',
    expert: {
      listed: true,
      activityDescription: 'Polymédication du sujet âgé, troubles cognitifs, chutes.',
      limitations: 'Patients de plus de 75 ans.',
    },
  },
  {
    rpps: '10000000108',
    firstName: 'Marc',
    lastName: 'Robin',
    profession: 'PHYSICIAN',
    specialty: 'Ophtalmologie',
    city: 'Valence',
    postalCode: '26000',
    expert: {
      listed: true,
      activityDescription: 'Rétinographies pour le dépistage de la rétinopathie diabétique.',
      tool: 'EXTERNAL',
      externalUrl: 'https://retino.example-sante.fr/demande',
    },
  },
  {
    rpps: '10000000109',
    firstName: 'Sandrine',
    lastName: 'Gauthier',
    profession: 'MIDWIFE',
    specialty: 'Maïeutique',
    city: 'Bourg-en-Bresse',
    postalCode: '01000',
    expert: {
      listed: true,
      activityDescription: 'Suivi de grossesse physiologique, allaitement, rééducation périnéale.',
    },
  },
  {
    rpps: '10000000110',
    firstName: 'Éric',
    lastName: 'Perrin',
    profession: 'PHYSICIAN',
    specialty: 'Psychiatrie',
    city: 'Villeurbanne',
    postalCode: '69100',
    expert: {
      listed: true,
      activityDescription: 'Avis sur les traitements psychotropes, troubles anxieux et dépressifs.',
      limitations: 'Pas de situation d’urgence psychiatrique.',
    },
  },
  {
    rpps: '10000000111',
    firstName: 'Céline',
    lastName: 'Morel',
    profession: 'PHYSICIAN',
    specialty: 'Dermatologie',
    city: 'Grenoble',
    postalCode: '38100',
    expert: {
      listed: true,
      activityDescription: 'Dermatologie pédiatrique, eczéma, acné.',
      prerequisites: 'Photos de la lésion.',
    },
  },
  {
    rpps: '10000000112',
    firstName: 'Antoine',
    lastName: 'Mercier',
    profession: 'PHYSICIAN',
    specialty: 'Gastro-entérologie',
    city: 'Clermont-Ferrand',
    postalCode: '63100',
    expert: { listed: true, activityDescription: 'Hépatologie, bilans hépatiques perturbés, MICI.' },
  },
  {
    rpps: '10000000113',
    firstName: 'Valérie',
    lastName: 'Blanc',
    profession: 'NURSE',
    specialty: 'Plaies et cicatrisation',
    city: 'Saint-Étienne',
    postalCode: '42100',
    expert: {
      listed: true,
      activityDescription: 'Infirmière experte en plaies chroniques et cicatrisation : choix des pansements.',
      prerequisites: 'Photo de la plaie et traitement local en cours.',
    },
  },
  {
    rpps: '10000000114',
    firstName: 'Jean',
    lastName: 'Guerin',
    profession: 'PHYSICIAN',
    specialty: 'Neurologie',
    city: 'Lyon',
    postalCode: '69002',
    expert: { listed: false, activityDescription: 'Épilepsie, céphalées. Déclaration en cours, pas encore publiée.' },
  },
  {
    rpps: '10000000115',
    firstName: 'Aurélie',
    lastName: 'Faure',
    profession: 'PHYSICIAN',
    specialty: 'Pédiatrie',
    city: 'Le Puy-en-Velay',
    postalCode: '43000',
    expert: { listed: true, activityDescription: 'Croissance, alimentation du nourrisson, avis sur courbes.' },
  },
  // The dermatology service's coordinator and a colleague, reached through the service only.
  {
    rpps: '10000000116',
    firstName: 'Nicolas',
    lastName: 'Chevalier',
    profession: 'PHYSICIAN',
    specialty: 'Dermatologie',
    city: 'Lyon',
    postalCode: '69003',
  },
  {
    rpps: '10000000117',
    firstName: 'Inès',
    lastName: 'Roux',
    profession: 'PHYSICIAN',
    specialty: 'Dermatologie',
    city: 'Lyon',
    postalCode: '69003',
  },
];

export interface DemoTeam {
  name: string;
  profession: Profession;
  specialty: string;
  city: string;
  postalCode: string;
  activityDescription: string;
  limitations: string;
  territory: string;
  prerequisites: string;
  patientIdentityPolicy: PatientIdentityPolicy;
  expectedResponseHours: number;
  members: { rpps: string; role: 'COORDINATOR' | 'MEMBER' }[];
}

/** A hospital service answering as a team (ligne d'avis): a coordinator who triages, two dermatologists. */
export const demoTeams: DemoTeam[] = [
  {
    name: 'Service de dermatologie – Hôpital Édouard-Herriot',
    profession: 'PHYSICIAN',
    specialty: 'Dermatologie',
    city: 'Lyon',
    postalCode: '69003',
    activityDescription:
      'Avis dermatologiques du service : lésions pigmentées, toxidermies, dermatoses bulleuses, plaies. Tri par le coordinateur sous 48 heures.',
    limitations: 'Pas d’avis en urgence : adresser aux urgences dermatologiques.',
    territory: 'Rhône et Métropole de Lyon.',
    prerequisites: 'Photos nettes avec un repère de taille ; antécédents, traitements en cours et date d’apparition.',
    patientIdentityPolicy: 'REQUIRED',
    expectedResponseHours: 72,
    members: [
      { rpps: '10000000116', role: 'COORDINATOR' },
      { rpps: DEMO_EXPERT_RPPS, role: 'MEMBER' },
      { rpps: '10000000117', role: 'MEMBER' },
    ],
  },
];

/** A request waiting in the dermatology service's queue, for a member to claim (fictitious patient). */
export const demoTeamRequest = {
  team: demoTeams[0]!.name,
  question:
    'Éruption maculo-papuleuse diffuse apparue 10 jours après l’introduction d’allopurinol, sans atteinte muqueuse : toxidermie à surveiller ou à adresser ?',
  patient: { birthName: 'Garnier', firstNames: 'Lucien', birthDate: new Date('1949-06-21'), sex: 'M' },
  consentCollectedAt: new Date('2026-11-24T10:15:00Z'),
};

/** A conversation under way between the demonstration requester and expert (fictitious patient). */
export const demoConversation = {
  question:
    'Lésion pigmentée du dos, asymétrique, apparue il y a 3 mois chez une patiente de 68 ans : exérèse à envisager ?',
  patient: { birthName: 'Lefèvre', firstNames: 'Marie', birthDate: new Date('1958-03-14'), sex: 'F' },
  consentCollectedAt: new Date('2026-11-20T09:30:00Z'),
  expertAsks:
    'Pourriez-vous joindre une photo avec un repère de taille, et préciser les antécédents familiaux de mélanome ?',
  requesterAnswers: 'Pas d’antécédent familial connu. Je vous envoie la photo dès demain.',
};

/** A request answered with a signed report, so that GraphiQL shows a report, its transmissions, billing acts and a synthesis. */
export const demoReportedRequest = {
  question:
    'Plaque érythémato-squameuse du coude droit depuis 6 semaines, résistante aux dermocorticoïdes : psoriasis ou eczéma ?',
  patient: {
    birthName: 'Roche',
    firstNames: 'Paul',
    birthDate: new Date('1979-09-02'),
    sex: 'M',
    ins: '179096938112373',
  },
  treatingDoctorRpps: '10000000002',
  consentCollectedAt: new Date('2026-11-18T14:00:00Z'),
  report: {
    conclusion: 'Aspect compatible avec un psoriasis en plaques localisé.',
    proposedTreatments: 'Association calcipotriol et bétaméthasone en gel, une application le soir pendant 4 semaines.',
    complementaryExams: null,
    followUp: 'NONE' as const,
  },
};
