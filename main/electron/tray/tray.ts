import { Menu, Tray, nativeImage } from 'electron';
import type { TrayAction } from './tray-menu';
import type { TrayFactory } from './tray-service';

/** The real tray behind TrayService: an icon, a tooltip and a context menu built from plain rows. */
export function electronTrayFactory(iconPath: string): TrayFactory {
  return () => {
    const tray = new Tray(nativeImage.createFromPath(iconPath));
    return {
      setToolTip: (text) => tray.setToolTip(text),
      setMenu(items, onClick) {
        tray.setContextMenu(
          Menu.buildFromTemplate(
            items.map((item) =>
              item.type === 'separator'
                ? { type: 'separator' as const }
                : {
                    id: `tray-${item.id}`,
                    label: item.label,
                    enabled: item.enabled,
                    ...(item.id === 'status' ? {} : { click: () => onClick(item.id as TrayAction) }),
                  },
            ),
          ),
        );
      },
      onClick: (listener) => {
        tray.on('click', listener);
      },
      destroy: () => tray.destroy(),
    };
  };
}
