import { useRunbook } from '../store/store-context';
import { useNavigation } from './navigation';

/** The one empty state of every area that needs a site: what is missing and the way to it. */
export function NoSite({ title, why }: { readonly title: string | null; readonly why: string }) {
  const nav = useNavigation();
  const openDemo = useRunbook((s) => s.openDemo);
  return (
    <section className="panel empty-state" data-testid="no-site">
      {title ? <h2>{title}</h2> : null}
      <p>There is no site yet: {why}</p>
      <div className="row">
        <button type="button" onClick={() => nav.go('site')}>
          Start the questionnaire
        </button>
        <button type="button" className="secondary" onClick={openDemo}>
          Open the demo site
        </button>
      </div>
    </section>
  );
}
