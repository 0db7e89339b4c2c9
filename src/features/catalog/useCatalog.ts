import { useContext } from 'react';
import { CatalogContext, type CatalogContextValue } from './catalog-context.ts';

export function useCatalog(): CatalogContextValue {
  const value = useContext(CatalogContext);
  if (!value) throw new Error('useCatalog must be used inside <CatalogProvider>');
  return value;
}
