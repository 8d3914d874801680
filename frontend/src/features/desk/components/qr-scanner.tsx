// The desk's camera, reading a kiosk plan's QR code. The camera starts only when the agent presses "Scan",
// and stops as soon as a plan is read, when the agent stops it, when the page is hidden, and when the step
// is left (this component unmounts). No frame is kept: each one is read in memory and dropped.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StaffT } from '../../../lib/i18n/staff';
import { cameraProblem, qrReader, type CameraProblem } from '../model/qr-reader';
import { readPlanLink, type PlanLinkResult } from '../model/visit-link';

type ScanState = 'idle' | 'starting' | 'scanning' | CameraProblem;

const FRAME_MS = 200;

export function QrScanner({ t, onPlan }: { t: StaffT; onPlan: (plan: Extract<PlanLinkResult, { ok: true }>) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  const run = useRef(0);
  const [state, setState] = useState<ScanState>('idle');
  const [notPlan, setNotPlan] = useState(false);

  const stop = (next: ScanState = 'idle') => {
    run.current++;
    window.clearTimeout(timer.current);
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = undefined;
    if (video.current) video.current.srcObject = null;
    setState(next);
  };

  // Leaving the step, or the page going to the background, turns the camera off.
  useEffect(() => {
    const onHidden = () => {
      if (document.hidden && stream.current) stop();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      run.current++;
      window.clearTimeout(timer.current);
      stream.current?.getTracks().forEach((track) => track.stop());
      stream.current = undefined;
    };
  }, []);

  const start = async () => {
    setNotPlan(false);
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('no-camera');
      return;
    }
    const mine = ++run.current;
    setState('starting');
    try {
      const [media, read] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
        qrReader(),
      ]);
      if (run.current !== mine || !video.current) {
        media.getTracks().forEach((track) => track.stop());
        return;
      }
      stream.current = media;
      video.current.srcObject = media;
      await video.current.play();
      setState('scanning');
      const tick = async () => {
        if (run.current !== mine || !video.current) return;
        const text = await read(video.current).catch(() => undefined);
        if (run.current !== mine) return;
        if (text) {
          const plan = readPlanLink(text);
          if (plan.ok) {
            stop();
            onPlan(plan);
            return;
          }
          setNotPlan(true);
        }
        timer.current = window.setTimeout(() => void tick(), FRAME_MS);
      };
      void tick();
    } catch (error) {
      if (run.current === mine) stop(cameraProblem(error));
    }
  };

  const scanning = state === 'scanning' || state === 'starting';
  const problem = state === 'no-camera' || state === 'denied' || state === 'failed' ? state : undefined;
  return (
    <div class="visit-scan">
      <p>{t('visit.scan.intro')}</p>
      <p class="actions">
        {scanning ? (
          <button type="button" class="button" onClick={() => stop()}>
            {t('visit.scan.stop')}
          </button>
        ) : (
          <button type="button" class="button button--large" onClick={() => void start()}>
            {t('visit.scan.start')}
          </button>
        )}
      </p>
      <video ref={video} class="visit-scan__video" hidden={!scanning} muted playsInline aria-label={t('visit.scan.video')} />
      <p role="status" class="visit-scan__status">
        {state === 'starting' ? t('visit.scan.starting') : state === 'scanning' ? (notPlan ? t('visit.scan.notPlan') : t('visit.scan.looking')) : ''}
      </p>
      {problem ? (
        <p class="notice notice--error" role="alert">
          {t(problem === 'denied' ? 'visit.scan.denied' : problem === 'no-camera' ? 'visit.scan.noCamera' : 'visit.scan.failed')}
        </p>
      ) : null}
    </div>
  );
}
