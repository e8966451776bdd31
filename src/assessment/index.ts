/**
 * The self-assessment's public API: the engine and its data. The schema
 * (./schema) is not re-exported, so importing this module never bundles zod.
 */
export { assess, assessWith, isQuestionRelevant, isQuestionRelevantWith, perspectiveOf, wording } from './engine';
export { ASSESSMENT } from './content';
export { ASSESSMENT_SOURCE_IDS, LOCATION_IDS } from './types';
export type {
  AnswerRef,
  Answers,
  AnswerValue,
  AssessmentData,
  AssessmentResult,
  FiredRule,
  Flag,
  Link,
  LocationId,
  Outcome,
  OutcomeWords,
  OutcomeId,
  Perspective,
  Question,
  QuestionRoute,
  QuestionId,
  Referral,
  ReferralReason,
  ResolvedOutcome,
  RoutingData,
  Rule,
  RuleId,
  SourceId,
  Text,
} from './types';
