import { createContext, useContext } from 'react';
import type { SiteForm } from './site-form';

/** What every questionnaire page needs: the answers, a way to change them, and field messages. */
export interface QuestionnaireApi {
  readonly form: SiteForm;
  readonly update: (change: (form: SiteForm) => SiteForm) => void;
  /** The field's message when it should show (touched, or Next tried on its page), else null. */
  readonly errorFor: (key: string) => string | null;
  readonly touch: (key: string) => void;
}

export const QuestionnaireContext = createContext<QuestionnaireApi | null>(null);

/** The questionnaire's answers and helpers, for its pages. */
export function useQuestionnaire(): QuestionnaireApi {
  const api = useContext(QuestionnaireContext);
  if (!api) throw new Error('useQuestionnaire outside the questionnaire');
  return api;
}
