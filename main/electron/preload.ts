import { contextBridge, ipcRenderer } from 'electron';
import { exposeKioskApi } from './preload-api.js';

exposeKioskApi(contextBridge, ipcRenderer);
