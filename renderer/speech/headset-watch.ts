// A headset plugged in switches speak mode on (EN 301 549 5.1.3.2), where the platform says
// so: Chromium lists audio outputs, but gives their labels only to a page allowed to use
// media devices; without labels a headset cannot be told from the speaker, and nothing happens.
const HEADSET_LABEL = /head(set|phone)|casque|écouteur|earphone|ear ?buds?|سماع/i;

export function isHeadsetLabel(label: string): boolean {
  return HEADSET_LABEL.test(label);
}

/**
 * `onHeadset` when one is plugged in while the kiosk runs; `onPresence` whenever the kiosk
 * learns whether one is there (private listening, EN 301 549 5.1.3.9). Without labels it never
 * learns, and personal data stays off the loudspeaker.
 */
export function watchHeadset(nav: Navigator, onHeadset: () => void, onPresence?: (present: boolean) => void): () => void {
  const devices = nav.mediaDevices as MediaDevices | undefined;
  if (!devices || typeof devices.enumerateDevices !== 'function') return () => undefined;
  let known: boolean | null = null;
  const check = async () => {
    try {
      const list = await devices.enumerateDevices();
      const present = list.some((device) => device.kind === 'audiooutput' && isHeadsetLabel(device.label));
      // Plugging one in is the citizen's act; one left in since start-up is nobody's.
      if (present && known === false) onHeadset();
      if (present !== known) onPresence?.(present);
      known = present;
    } catch {
      // No permission: the platform does not tell, so nothing private may be said.
      if (known === true) onPresence?.(false);
      known = null;
    }
  };
  void check();
  devices.addEventListener('devicechange', check);
  return () => devices.removeEventListener('devicechange', check);
}
