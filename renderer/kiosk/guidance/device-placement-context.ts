// The kiosk's device placement (kiosk.info → devicePlacement), for any screen that points the
// citizen to a device, without threading it through every flow's props.
import { createContext, useContext } from 'react';
import { DEFAULT_DEVICE_PLACEMENT, type DevicePlacement } from '../../../main/contract/device-placement.js';

export const DevicePlacementContext = createContext<DevicePlacement>(DEFAULT_DEVICE_PLACEMENT);

export function useDevicePlacement(): DevicePlacement {
  return useContext(DevicePlacementContext);
}
