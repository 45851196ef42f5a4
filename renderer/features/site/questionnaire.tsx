import { useEffect, useMemo, useRef, useState } from 'react';
import { useRunbook } from '../../store/store-context';
import { CustomerPage } from './page-customer';
import { CertificatesPage } from './page-certificates';
import { EnvironmentPage } from './page-environment';
import { HubsPage } from './page-hubs';
import { ReviewPage } from './page-review';
import { SteelheadsPage } from './page-steelheads';
import { REVIEW_PAGE, blocksPage, firstInPage, focusField, pageOfKey, pages } from './pages';
import { QuestionnaireContext, type QuestionnaireApi } from './questionnaire-context';
import { checkForm, emptyForm, formFromDraft, type SiteForm } from './site-form';
import { ClearAnswers } from './clear-answers';
import { StepNav } from './step-nav';

/**
 * The new-site / edit-site questionnaire. Every change is saved to the store's draft at once, so
 * a crash or a closed window loses nothing; the site itself changes only on "Create site" / "Save
 * changes", after the whole answer set passes the site schema.
 */
export function Questionnaire({ onDone }: { readonly onDone: (message: string) => void }) {
  const draft = useRunbook((s) => s.siteDraft);
  const saveDraft = useRunbook((s) => s.saveDraft);
  const commitSite = useRunbook((s) => s.commitSite);
  const setEngineer = useRunbook((s) => s.setEngineer);
  const you = useRunbook((s) => s.installation.engineer);
  const discardDraft = useRunbook((s) => s.discardDraft);
  const form = useMemo(() => (draft ? formFromDraft(draft.value) : emptyForm(you)), [draft, you]);
  const page = Math.min(draft?.page ?? 0, REVIEW_PAGE);
  const check = useMemo(() => checkForm(form), [form]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | 'heading' | null>(null);

  const save = (next: SiteForm, nextPage = page) =>
    saveDraft({ page: nextPage, value: next as unknown as Record<string, unknown> });

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'heading' || !focusField(target)) headingRef.current?.focus();
  });

  // The environment check compares the hubs' forests, so it waits until the hubs were tried.
  const visible = (key: string) =>
    key === 'environment'
      ? attempted.has(1) || attempted.has(2)
      : touched.has(key) || [...attempted].some((p) => pageOfKey(key) === p);
  const api: QuestionnaireApi = {
    form,
    update: (change) => save(change(form)),
    errorFor: (key) =>
      visible(key) ? (check.problems.find((p) => p.key === key)?.message ?? null) : null,
    touch: (key) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key))),
  };

  // The banner counts what still blocks this page, live, once Next was tried here.
  const blocking = check.problems.filter((p) => blocksPage(p.key, page));
  const blocked = attempted.has(page) ? blocking.length : 0;

  const goTo = (target: number, focus: string | 'heading' = 'heading') => {
    pendingFocus.current = focus;
    save(form, target);
  };
  const jump = (key: string) => {
    const target = pageOfKey(key);
    setAttempted((a) => new Set(a).add(target));
    goTo(target, key);
  };
  const next = () => {
    if (blocking.length > 0) {
      setAttempted((a) => new Set(a).add(page));
      // The first problem on screen, top to bottom, gets the focus.
      pendingFocus.current = firstInPage(blocking.map((p) => p.key)) ?? null;
      return;
    }
    goTo(page + 1);
  };
  const commit = () => {
    if (!check.site) return;
    const editing = form.mode === 'edit';
    commitSite(check.site);
    // The name field is this laptop's engineer (prefilled from it, never from a site file): what
    // is typed here signs the ticks and certificates made on this laptop from now on.
    setEngineer(check.site.engineer);
    onDone(
      editing
        ? `Saved changes to ${check.site.customer.siteName}. Progress on every step was kept.`
        : `Created the site ${check.site.customer.siteName} with ${check.site.hubs.length} hubs.`,
    );
  };

  return (
    <QuestionnaireContext.Provider value={api}>
      <section className="panel questionnaire" aria-labelledby="questionnaire-title">
        <div className="questionnaire-head">
          <h2 id="questionnaire-title">
            {form.mode === 'edit' ? `Edit site: ${form.customer.siteName}` : 'New site'}
          </h2>
          {form.mode === 'edit' ? (
            <button type="button" className="secondary" onClick={discardDraft}>
              Cancel editing
            </button>
          ) : draft ? (
            <ClearAnswers
              onClear={() => {
                setTouched(new Set());
                setAttempted(new Set());
                discardDraft();
              }}
            />
          ) : null}
        </div>
        <StepNav
          page={page}
          problems={check.problems}
          attempted={attempted}
          onGo={(p) => goTo(p)}
        />
        <form
          className="questionnaire-page"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (page === REVIEW_PAGE) commit();
            else next();
          }}
        >
          <h3 ref={headingRef} tabIndex={-1} className="page-title">
            <span className="page-count">
              Step {page + 1} of {pages.length}
            </span>
            {pages[page]?.title}
          </h3>
          {blocked > 0 ? (
            <p className="page-problem" role="alert" data-testid="page-problem">
              {blocked === 1
                ? 'One answer on this page needs fixing before you go on: see the message under it.'
                : `${blocked} answers on this page need fixing before you go on: see the messages under them.`}
            </p>
          ) : null}
          {page === 0 ? <CustomerPage /> : null}
          {page === 1 ? <EnvironmentPage /> : null}
          {page === 2 ? <HubsPage onChangeEnvironment={() => goTo(1, 'environment')} /> : null}
          {page === 3 ? <SteelheadsPage /> : null}
          {page === 4 ? <CertificatesPage /> : null}
          {page === REVIEW_PAGE ? <ReviewPage problems={check.problems} onJump={jump} /> : null}
          <div className="wizard-buttons">
            {page > 0 ? (
              <button type="button" className="secondary" onClick={() => goTo(page - 1)}>
                ← Back
              </button>
            ) : (
              <span />
            )}
            {page < REVIEW_PAGE ? (
              <button type="submit">Next →</button>
            ) : (
              <button type="submit" disabled={!check.site}>
                {form.mode === 'edit' ? 'Save changes' : 'Create site'}
              </button>
            )}
          </div>
        </form>
      </section>
    </QuestionnaireContext.Provider>
  );
}
