import { useTranslation } from 'react-i18next';
import { groupDocuments, type DocumentBlock } from '../../domain/document-groups.ts';
import type { ProcedureDocument } from '../../domain/procedure.ts';

/**
 * The documents to bring, under the source's own group and case headings; its notes as notes
 * (issue 11, item 3). Counts only where the source gives a real one.
 */
export function DocumentsSection({ documents }: { documents: readonly ProcedureDocument[] }) {
  const { t } = useTranslation('catalog');
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('detail.documents')}</h2>
      {documents.length === 0 ? (
        <p>{t('detail.none')}</p>
      ) : (
        groupDocuments(documents).map((block, i) => <Block key={i} block={block} />)
      )}
    </section>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  return (
    <>
      {block.heading && (
        <h3 className="documents__group" lang="vi">
          {block.heading}
        </h3>
      )}
      {runs(block.items).map((run, i) =>
        run.isNote ? (
          run.docs.map((doc, j) => (
            <p key={`${i}-${j}`} className="documents__note" lang="vi">
              {doc.name}
            </p>
          ))
        ) : (
          <ul key={i} className="source-list documents">
            {run.docs.map((doc, j) => (
              <DocumentItem key={j} doc={doc} />
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** Consecutive documents in one list, each note on its own, in the source's order. */
function runs(items: DocumentBlock['items']) {
  const result: { isNote: boolean; docs: ProcedureDocument[] }[] = [];
  for (const { doc, isNote } of items) {
    const last = result.at(-1);
    if (last && last.isNote === isNote) last.docs.push(doc);
    else result.push({ isNote, docs: [doc] });
  }
  return result;
}

function DocumentItem({ doc }: { doc: ProcedureDocument }) {
  const { t } = useTranslation('catalog');
  const counts = [
    doc.originals !== undefined && t('detail.originals', { count: doc.originals }),
    doc.copies !== undefined && t('detail.copies', { count: doc.copies }),
  ].filter(Boolean);
  return (
    <li>
      <span lang="vi">{doc.name}</span>
      {counts.length > 0 && <span className="documents__counts"> — {counts.join(', ')}</span>}
    </li>
  );
}
