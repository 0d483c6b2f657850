import { createHashRouter, Navigate } from 'react-router';
import { CaptureView } from '../modules/capture/components/CaptureView';
import { CompaniesView } from '../modules/companies/components/CompaniesView';
import { CompanyDetailView } from '../modules/companies/components/CompanyDetailView';
import { ContactDetailView } from '../modules/contacts/components/ContactDetailView';
import { ContactsView } from '../modules/contacts/components/ContactsView';
import { DealDetailView } from '../modules/deals/components/DealDetailView';
import { DealsView } from '../modules/deals/components/DealsView';
import { DuplicatesView } from '../modules/duplicates/components/DuplicatesView';
import { ImportView } from '../modules/import/components/ImportView';
import { ListContactsView } from '../modules/lists/components/ListContactsView';
import { ListsView } from '../modules/lists/components/ListsView';
import { SegmentDetailView } from '../modules/segments/components/SegmentDetailView';
import { SegmentEditorView } from '../modules/segments/components/SegmentEditorView';
import { SegmentsView } from '../modules/segments/components/SegmentsView';
import { SettingsView } from '../modules/settings/components/SettingsView';
import { TagContactsView } from '../modules/tags/components/TagContactsView';
import { TagsView } from '../modules/tags/components/TagsView';
import { TasksView } from '../modules/tasks/components/TasksView';
import { TicketDetailView } from '../modules/tickets/components/TicketDetailView';
import { TicketsView } from '../modules/tickets/components/TicketsView';
import { WelcomeScreen } from '../modules/welcome/components/WelcomeScreen';
import { AppLayout } from './components/AppLayout';

// Hash routes work the same from app:// in Electron and from any static web server.
export function createAppRouter() {
  return createHashRouter([
    { path: '/welcome', element: <WelcomeScreen /> },
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to="/contacts" replace /> },
        { path: 'contacts', element: <ContactsView /> },
        { path: 'contacts/duplicates', element: <DuplicatesView /> },
        { path: 'contacts/:contactId', element: <ContactDetailView /> },
        { path: 'capture', element: <CaptureView /> },
        { path: 'companies', element: <CompaniesView /> },
        { path: 'companies/:companyId', element: <CompanyDetailView /> },
        { path: 'deals', element: <DealsView /> },
        { path: 'deals/:dealId', element: <DealDetailView /> },
        { path: 'tasks', element: <TasksView /> },
        { path: 'tickets', element: <TicketsView /> },
        { path: 'tickets/:ticketId', element: <TicketDetailView /> },
        { path: 'segments', element: <SegmentsView /> },
        { path: 'segments/new', element: <SegmentEditorView /> },
        { path: 'segments/:segmentId', element: <SegmentDetailView /> },
        { path: 'segments/:segmentId/edit', element: <SegmentEditorView /> },
        { path: 'tags', element: <TagsView /> },
        { path: 'tags/:tagId', element: <TagContactsView /> },
        { path: 'lists', element: <ListsView /> },
        { path: 'lists/:listId', element: <ListContactsView /> },
        { path: 'import', element: <ImportView /> },
        { path: 'settings', element: <SettingsView /> },
        { path: '*', element: <Navigate to="/contacts" replace /> },
      ],
    },
  ]);
}
