import { useApp } from '../app/app-store';
import { ConnectionBanner } from '../app/connection-banner';
import { useT } from '../i18n/i18n';
import { BallotsScreen } from '../features/ballots/ballots-screen';
import { CheckinScreen } from '../features/checkin/checkin-screen';
import { HomeScreen } from '../features/home/home-screen';
import { ProjectorScreen } from '../features/projector-control/projector-screen';
import { RosterScreen } from '../features/roster/roster-screen';
import { SetupScreen } from '../features/setup/setup-screen';
import { VotesScreen } from '../features/votes/votes-screen';
import { AgendaScreen } from '../features/agenda/agenda-screen';
import { FileDialog } from '../features/home/file-dialog';
import { BackupsDialog } from '../features/backups/backups-dialog';
import { ExportDialog } from '../features/exports/export-dialog';
import { RecoverOffer } from '../features/backups/recover-offer';
import { FileLostDialog } from '../features/file-loss/file-lost-dialog';
import { WalRecoveryDialog } from '../features/wal-recovery/wal-recovery-dialog';
import { NetworkDialog } from '../features/network/network-dialog';
import { HelpOverlay } from './help-overlay';
import { NoticeBar } from './notice-bar';
import { TopBar } from './top-bar';
import { useLiveData } from './use-live-data';
import { useShortcuts } from './use-shortcuts';

export function OperatorApp() {
  useLiveData();
  useShortcuts();
  const t = useT();
  const { loaded, congress, view, helpOpen } = useApp();
  if (!loaded) return <p className="loading">{t('app.loading')}</p>;
  return (
    <div className="operator">
      <TopBar />
      <NoticeBar />
      <ConnectionBanner />
      <main className="operator-main">
        {!congress ? (
          <HomeScreen />
        ) : view === 'checkin' ? (
          <CheckinScreen />
        ) : view === 'roster' ? (
          <RosterScreen />
        ) : view === 'setup' ? (
          <SetupScreen />
        ) : view === 'ballots' ? (
          <BallotsScreen />
        ) : view === 'votes' ? (
          <VotesScreen />
        ) : view === 'agenda' ? (
          <AgendaScreen />
        ) : (
          <ProjectorScreen />
        )}
      </main>
      <FileDialog />
      <BackupsDialog />
      <ExportDialog />
      <RecoverOffer />
      <FileLostDialog />
      <WalRecoveryDialog />
      <NetworkDialog />
      {helpOpen && <HelpOverlay />}
    </div>
  );
}
