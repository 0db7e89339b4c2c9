import { useTranslation } from 'react-i18next';
import type { ProcedureEntry } from '../../domain/catalog-delta.ts';

/** The name in the active language; in English without a translation, says so. */
export function useProcedureName(procedure: ProcedureEntry | undefined): {
  text: string;
  isViOnly: boolean;
} {
  const { i18n } = useTranslation();
  if (!procedure) return { text: '', isViOnly: false };
  const isVi = i18n.language === 'vi';
  return {
    text: isVi ? procedure.name.vi : (procedure.name.en ?? procedure.name.vi),
    isViOnly: !isVi && !procedure.name.en,
  };
}

export function ViOnlyNote() {
  const { t } = useTranslation('catalog');
  return <p className="note note--vi-only">{t('procedure.viOnly')}</p>;
}
