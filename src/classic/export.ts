/** The entry of `capaian-export.js`: the download exporter, handed to the classic script that loaded it. */
import * as exporter from '../core/export/exporter.js';
import { classicNamespace } from './namespace.js';

const namespace = classicNamespace();
if (namespace) namespace.exporter = exporter;
