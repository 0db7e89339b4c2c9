import { useTranslation } from 'react-i18next';
import type { ProcedureDocument } from '../../domain/procedure.ts';

/** A titled list of source texts (steps, results, legal basis…), quoted in Vietnamese. */
export function TextListSection(props: {
  id: string;
  title: string;
  items: readonly string[] | undefined;
  ordered?: boolean;
}) {
  const { t } = useTranslation('catalog');
  const { id, title, items, ordered = false } = props;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {items && items.length > 0 ? (
        <List className="source-list" lang="vi">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </List>
      ) : (
        <p>{t('detail.none')}</p>
      )}
    </section>
  );
}

export function DocumentsSection({ documents }: { documents: readonly ProcedureDocument[] }) {
  const { t } = useTranslation('catalog');
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('detail.documents')}</h2>
      {documents.length === 0 ? (
        <p>{t('detail.none')}</p>
      ) : (
        <ul className="source-list documents">
          {documents.map((doc, i) => (
            <li key={i}>
              {doc.group && (
                <span className="documents__group" lang="vi">
                  {doc.group}:{' '}
                </span>
              )}
              <span lang="vi">{doc.name}</span>
              {(doc.originals !== undefined || doc.copies !== undefined) && (
                <span className="documents__counts">
                  {' — '}
                  {[
                    doc.originals !== undefined && t('detail.originals', { count: doc.originals }),
                    doc.copies !== undefined && t('detail.copies', { count: doc.copies }),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
