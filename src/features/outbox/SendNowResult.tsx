import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.ts';
import type { FlushReport } from './flush-engine.ts';

/** What a "Send now" achieved, in words. */
export function SendNowResult({ report }: { report: FlushReport }) {
  const { t, i18n } = useTranslation('outbox');
  const lines: string[] = [];
  const problems = report.rejected + report.conflict;
  if (!report.ran) lines.push(t('result.busy'));
  if (report.sent > 0) {
    lines.push(
      t('result.sent', { count: report.sent, formatted: formatNumber(report.sent, i18n.language) }),
    );
  }
  if (problems > 0) {
    lines.push(
      t('result.problems', { count: problems, formatted: formatNumber(problems, i18n.language) }),
    );
  }
  if (report.failure) lines.push(t(`result.${report.failure}`));
  if (lines.length === 0) lines.push(t('result.nothing'));
  return (
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}
