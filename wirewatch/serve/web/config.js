// Site settings for the wirewatch page, read before app.js. Off by default: the page draws its
// own offline basemap (Natural Earth country outlines) and requests nothing from other hosts.
//
// A deployment with internet access may show map tiles instead, here or with ?tiles=<template>
// in the page's address (which wins), for example:
//   window.WIREWATCH_TILES = "https://tile.example.org/{z}/{x}/{y}.png";
//   window.WIREWATCH_TILES_ATTRIBUTION = "© the tile provider";
window.WIREWATCH_TILES = window.WIREWATCH_TILES || null;
window.WIREWATCH_TILES_ATTRIBUTION = window.WIREWATCH_TILES_ATTRIBUTION || "";
