import { useTranslation } from 'react-i18next';

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
