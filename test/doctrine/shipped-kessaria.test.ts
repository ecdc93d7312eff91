import { doctrineOnShippedPack } from './shipped-pack';

doctrineOnShippedPack('kessaria');
