import { IconTableImport } from '@tabler/icons-react';
import { PageHeader } from '../../../ui/PageHeader';
import { EmptyState } from '../../../ui/EmptyState';

export function ImportView() {
  return (
    <>
      <PageHeader title="Import" />
      <EmptyState icon={IconTableImport} title="CSV and vCard import is coming">
        Here you will bring in contacts from spreadsheets, Google Contacts, Outlook, HubSpot, Salesforce, LinkedIn and badge scanners, with column mapping, duplicate matching and a report of every row that could not be read.
      </EmptyState>
    </>
  );
}
