import { useTranslation } from 'react-i18next';
import type { Fee, ProcedureCase, SubmissionMethod } from '../../domain/procedure.ts';
import { formatMoney } from '../../ui/format.ts';
import { describeFee } from './fee-display.ts';
import { TimeText } from './TimeText.tsx';

function FeeText({ fee }: { fee: Fee }) {
  const { t, i18n } = useTranslation('catalog');
  const kind = t(`detail.feeKind.${fee.kind}`, { defaultValue: fee.kind });
  const shown = describeFee(fee);
  if (shown.kind === 'words') {
    // The source's own words are the fee (they name an amount or who sets it): never "free".
    return (
      <li>
        <span className="fee__kind">{kind}:</span>{' '}
        <span className="fee__words" lang="vi">
          {shown.text}
        </span>{' '}
        <span className="hint">({t('detail.feeSourceWords')})</span>
      </li>
    );
  }
  const amount =
    shown.kind === 'unknown'
      ? t('detail.feeNotStated')
      : shown.kind === 'free'
        ? t('detail.free')
        : formatMoney(shown.value, shown.currency, i18n.language);
  const note = shown.kind === 'unknown' ? undefined : shown.note;
  return (
    <li>
      <span className="fee__kind">{kind}:</span> <strong>{amount}</strong>
      {note && (
        <span className="fee__note" lang="vi">
          {' '}
          — {note}
        </span>
      )}
    </li>
  );
}

export function MethodsSection(props: {
  methods: readonly SubmissionMethod[];
  cases?: readonly ProcedureCase[] | undefined;
}) {
  const { methods, cases } = props;
  const { t } = useTranslation('catalog');
  return (
    <section aria-labelledby="methods-heading">
      <h2 id="methods-heading">{t('detail.methods')}</h2>
      {methods.length === 0 ? (
        <p>{t('detail.none')}</p>
      ) : (
        <ul className="methods">
          {methods.map((method, i) => (
            <li key={`${method.channel}-${i}`} className="method">
              <h3>{t(`channel.${method.channel}`)}</h3>
              <dl>
                <div>
                  <dt>{t('detail.time')}</dt>
                  <dd>
                    <TimeText time={method.processingTime} cases={cases} />
                  </dd>
                </div>
                <div>
                  <dt>{t('detail.fees')}</dt>
                  <dd>
                    {method.fees.length === 0 ? (
                      t('detail.noFees')
                    ) : (
                      <ul className="fees">
                        {method.fees.map((fee, j) => (
                          <FeeText key={j} fee={fee} />
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              </dl>
              {method.note && (
                <p className="hint" lang="vi">
                  {method.note}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
