import { useTranslation } from 'react-i18next';
import type { ProcedureCase, ProcessingTime } from '../../domain/procedure.ts';
import { formatNumber } from '../../ui/format.ts';
import { describeTime } from './time-display.ts';

type RealTime = NonNullable<ProcedureCase['processingTime']>;

function useTimeWords() {
  const { t, i18n } = useTranslation('catalog');
  return (time: RealTime) =>
    t(`time.${time.unit}`, {
      count: time.value,
      formatted: formatNumber(time.value, i18n.language),
    });
}

/** A method's processing time as a citizen reads it: never a raw unit code (issue 11). */
export function TimeText(props: {
  time: ProcessingTime | undefined;
  cases: readonly ProcedureCase[] | undefined;
}) {
  const { t, i18n } = useTranslation('catalog');
  const words = useTimeWords();
  const display = describeTime(props.time, props.cases);
  const note = 'note' in display && display.note && <SourceNote text={display.note} />;
  switch (display.kind) {
    case 'none':
      return <>{t('detail.timeNotStated')}</>;
    case 'words':
      return <span lang="vi">{display.text}</span>;
    case 'unit':
      return (
        <>
          {words(display)}
          {note}
          {display.isCurated && <span className="hint"> ({t('detail.timeCurated')})</span>}
        </>
      );
    case 'cases':
      return (
        <>
          {t('detail.timeByCase')}:
          <ul className="time-cases">
            {display.cases.map((c, i) => (
              <li key={i}>
                <span lang="vi">{c.name}</span>:{' '}
                {c.processingTime ? words(c.processingTime) : t('detail.timeNotStated')}
              </li>
            ))}
          </ul>
          {note}
        </>
      );
    case 'byCase':
      if (display.text !== undefined) {
        return (
          <>
            {t('detail.timeByCase')}: <span lang="vi">{display.text}</span>
          </>
        );
      }
      return display.value !== undefined ? (
        <>
          {t('detail.timeByCaseNumber', {
            formatted: formatNumber(display.value, i18n.language),
          })}
        </>
      ) : (
        <>{t('detail.timeByCase')}</>
      );
  }
}

function SourceNote({ text }: { text: string }) {
  return <span lang="vi"> ({text})</span>;
}
